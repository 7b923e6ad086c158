# int / int is correctly rounded, even for huge operands
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 0 / -5, 6 / 3)
print(10 ** 20 / 3, (10 ** 400) / (10 ** 399), 2 ** 60 / 3)
print((2 ** 53 + 1) / 1, (2 ** 1023 * 3) / 2 ** 1023, 1 / 10 ** 330)
print(9007199254740993 / 1, 123456789123456789123456789 / 987654321987654321)
for bad in (lambda: 1 / 0, lambda: 10 ** 400 / 1, lambda: 1 // 0, lambda: 1 % 0):
    try:
        bad()
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
