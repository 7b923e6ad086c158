# OverflowError messages, caught and printed.
attempts = [lambda: 10 ** 400 / 3, lambda: 2.0 ** 10000, lambda: 1e308 * 10 ** 300, lambda: round(float("inf"))]
for a in attempts:
    try:
        print(a())
    except OverflowError as e:
        print("OverflowError:", e)
