# math.sqrt, math.pow, math.exp: results identical to CPython's
import math

for x in [0, 1, 2, 4, 10, 0.5, 1e-300, 1e300, 2**64, True]:
    print(x, math.sqrt(x))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(10, -2))
print(math.pow(0.0, 0.0), math.pow(math.inf, 0), math.pow(math.nan, 0), math.pow(1, math.nan))
print(math.pow(-math.inf, 3), math.pow(-math.inf, -3), math.pow(0.5, math.inf), math.pow(2, -math.inf))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(709), math.exp(-1000))
print(math.expm1(1e-10), math.exp2(10), math.cbrt(27), math.cbrt(-8))
print(math.fabs(-3), math.fabs(-0.0), math.copysign(3, -0.0), math.copysign(-2.5, 1))
for bad in [lambda: math.sqrt(-1), lambda: math.pow(0, -1), lambda: math.pow(-8, 1 / 3), lambda: math.exp(1000), lambda: math.pow(10, 400)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
