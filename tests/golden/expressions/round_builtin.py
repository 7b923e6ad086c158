# round(): banker's rounding, ndigits, negative ndigits, big ints.
print(round(0.5), round(1.5), round(2.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2))
print(round(12345, -2), round(12355, -1), round(-250, -2))
print(round(1.23456789, 4), round(5), type(round(5.0)).__name__)
print(round(2 ** 70 + 0.0), round(1e22))
