# math.isclose, isfinite, isinf, isnan
import math

print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10))
print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01), math.isclose(a=1, b=1))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan), math.isfinite(10**300))
print(math.isinf(-math.inf), math.isinf(1e308 * 10), math.isnan(0.0), math.isnan(math.inf - math.inf))
for bad in [lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.isclose(1), lambda: math.isclose(1, 2, 3),
            lambda: math.isclose(1, 2, tol=1), lambda: math.isnan("x"), lambda: math.isfinite(10**400)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
