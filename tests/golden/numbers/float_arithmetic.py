# float arithmetic, floor division and modulo signs, and its errors
print(0.1 + 0.2, 1.5 * 4, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, 5 % 3.0, -5 // 3.0)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** 0.5, 4 ** 0.5, (-8.0) ** 3, 0.5 ** 1e10)
print(float("inf") ** 2, float("nan") ** 0, 1 ** float("nan"), (-1.0) ** float("inf"), 2.0 ** -1)
print(divmod(7.5, -2), divmod(-7.5, 2), divmod(1, 2.5), divmod(-0.0, 1))
print(1e16 + 1, 3 * 0.1, 1 / 3.0, 10 / 4.0, -0.0, 0.0 * -1, 2 ** 0.5 * 2 ** 0.5)
bad = [lambda: 1.0 / 0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: divmod(1.0, 0), lambda: 0.0 ** -1,
       lambda: 1e308 ** 2, lambda: 10.0 ** 400, lambda: (-2.0) ** 1025, lambda: 1.5 ** 1e10,
       lambda: 1.0 << 2, lambda: 1.0 & 2, lambda: 2 ** 1024.0]
for f in bad:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, e.args)
