# int ** int: exact for non-negative exponents, a float for negative ones
print(2 ** 10, (-3) ** 3, 0 ** 0, 1 ** -5, (-1) ** -3, 2 ** 62, 2 ** 63, 3 ** 40)
print(2 ** -1, (-2) ** -3, 10 ** -400, 2 ** -1074, 7 ** -2)
print(pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(3, -1, 7), pow(-3, 3, -7), pow(5, 0, 1))
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    (10 ** 400) ** -1
except OverflowError as e:
    print("OverflowError:", e)
