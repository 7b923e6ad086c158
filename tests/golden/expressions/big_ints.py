# Integers are unbounded: 2**200 and arithmetic on big values.
big = 2 ** 200
print(big)
print(big + 1, big - 2 ** 199)
print(big // 3, big % 1000007)
print(-big // 7)
print(len(str(3 ** 1000)))
print(big * big == 2 ** 400, big > 10 ** 60)
print(2 ** 64, -2 ** 63, 2 ** 63 - 1)
