# Mixing ints and floats: results, comparisons and conversions.
print(1 + 2.0, 3 * 0.5, 10 / 4, 10 // 4.0, 10 % 4.0)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(int(3.99), int(-3.99), float(7), round(2.5), round(3.5), round(-0.5))
print(round(3.14159, 2), round(1234, -2), round(2.675, 2))
print(7.0 // 2, -7.0 // 2, -7.5 % 2)
print(True + True, True * 3.5, False - 1)
print(10 ** 20 / 10 ** 10, 2 ** 0.5)
