# Integer division, modulo and true division, including negatives.
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7 / 2, -7 / 2, 6 / 3)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(abs(-12), 2 ** 10, pow(2, 10))
