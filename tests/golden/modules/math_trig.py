# math trigonometry and hyperbolic functions, degrees and radians
import math

for x in [0, 0.5, 1, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, -2.5, 10]:
    print(x, math.sin(x), math.cos(x), math.tan(x))
print(math.asin(0.5), math.acos(0.5), math.atan(1), math.atan(-math.inf))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(1, 0))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.degrees(1), math.radians(180), math.radians(45))
print(math.erf(0.5), math.erfc(0.5), math.hypot(3, 4))
for bad in [lambda: math.asin(2), lambda: math.acos(-1.5), lambda: math.sin(math.inf), lambda: math.atanh(1),
            lambda: math.acosh(0), lambda: math.cosh(1000), lambda: math.sin("x"), lambda: math.cos()]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
