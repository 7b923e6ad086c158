# float(), float methods and data attributes
print(float(), float(3), float(True), float(" 1e3 "), float("-inf"), float(" nan "), float("1_0.5"))
print(float("1e500"), float("-0"), float(10 ** 20), float(2 ** 53 + 1))
for bad in ("x", "", "1__0", "1e", None, [], 10 ** 400):
    try:
        float(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for x in (1.0, 1.5, -0.0, 0.1, 1e300, 5e-324, 2.5e-310):
    print(x.is_integer(), x.as_integer_ratio(), x.hex(), x.conjugate())
for x in (float("inf"), float("nan")):
    print(x.is_integer(), x.hex())
    try:
        x.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
