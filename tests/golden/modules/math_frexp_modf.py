# math.frexp, ldexp, modf, fmod, remainder, ulp, nextafter
import math

for x in [0.0, 1.0, 8, -0.375, 1e300, 5e-324, math.inf]:
    print(x, math.frexp(x))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, -2000), math.ldexp(-0.0, 5), math.ldexp(3, 2**70 * 0))
print(math.modf(2.5), math.modf(-2.5), math.modf(3), math.modf(math.inf), math.modf(-math.inf))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5, math.inf), math.fmod(-0.0, 1))
print(math.remainder(7, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, math.inf))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-3.5), math.ulp(math.inf))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0))
for bad in [lambda: math.ldexp(1.0, 1.5), lambda: math.ldexp(1.0, 10000), lambda: math.ldexp(1.0, 2**80),
            lambda: math.fmod(1, 0), lambda: math.remainder(1, 0), lambda: math.fmod(math.inf, 1)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.ldexp(1.0, -2**80))
