# Bitwise operators on ints, including negatives and big values.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 100)
print(-5 & 0xFF, -5 | 3, -5 ^ -3)
print((1 << 100) | 1, ((1 << 100) - 1) & 0xFFFF)
print(hex(2 ** 100 >> 90), oct(255), bin(-10))
