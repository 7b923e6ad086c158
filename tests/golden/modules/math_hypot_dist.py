# math.hypot (n arguments) and math.dist, correctly rounded as CPython 3.11
import math

print(math.hypot(), math.hypot(-5), math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 3))
print(math.hypot(0.1, 0.2, 0.3, 0.4), math.hypot(1e300, 1e300), math.hypot(1e-300, 1e-310))
print(math.hypot(5e-324, 5e-324), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
for i in range(1, 8):
    print(math.hypot(*[x / 3 for x in range(i)]), math.hypot(i, i * 1.1, i * 1.7))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-2.5,)))
print(math.dist(range(3), (1, 1, 1)))
for bad in [lambda: math.dist((1, 2), (1,)), lambda: math.dist(1, 2), lambda: math.hypot("a"),
            lambda: math.dist((1,)), lambda: math.hypot(x=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
