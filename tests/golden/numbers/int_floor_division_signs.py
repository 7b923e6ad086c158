# int // and % round toward negative infinity; divmod agrees with both
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 5, -5):
        print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
print(-9223372036854775808 // -1, -9223372036854775808 % -1)
print(divmod(-2 ** 70, 3), divmod(2 ** 70, -7))
print(True // 2, True % 2, -True // 2)
