# round(): banker's rounding, ndigits for ints and floats, and its errors
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(2.5, 0))
print(round(1234.5678, 2), round(1234.5678, -2), round(1e20), round(1.5, 10 ** 20), round(1.5, -10 ** 20))
print(round(25, -1), round(35, -1), round(-25, -1), round(12345, -2), round(5, 2), round(5, None))
print(round(10 ** 30 + 5 * 10 ** 10, -11), round(True), round(True, 1), round(7, -100))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, -1)), round(float("inf"), 2))
bad = [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round("a"),
       lambda: round(1.5, 1.0), lambda: round(1.5, "a"), lambda: round(), lambda: round(1, 2, 3)]
for f in bad:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
