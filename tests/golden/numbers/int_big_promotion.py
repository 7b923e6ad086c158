# ints grow past 64 bits and come back down transparently
x = 2 ** 63 - 1
print(x, x + 1, x + 1 - 1, type(x + 1))
print(-x - 1, -x - 2, (-x - 1) * -1)
f = 1
for i in range(1, 31):
    f *= i
print(f, f // (2 ** 20), f % 1000003)
print(2 ** 200, (2 ** 200) >> 190, 1 << 100, (1 << 100) - (1 << 99))
print(-1 >> 100, 1 >> 100, -(2 ** 70) >> 3, ~(2 ** 70))
print(10 ** 20 // 3, 10 ** 20 % 7, -(10 ** 20) // 7)
print((2 ** 64) & (2 ** 64 + 5), (2 ** 64) | 3, (2 ** 65) ^ (2 ** 64), -(2 ** 64) & 0xFF)
print(True & False, True | False, True ^ True, True & 3, ~True, True << 3)
print(abs(-2 ** 63), -(-2 ** 63), 2 ** 64 == 18446744073709551616)
