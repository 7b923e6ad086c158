# math.log (one and two arguments), log2, log10, log1p, big ints
import math

print(math.log(1), math.log(math.e), math.log(10), math.log(0.5))
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(2, 8))
print(math.log2(8), math.log2(10), math.log2(2**1000), math.log10(1000), math.log10(2))
print(math.log(10**400), math.log(2**5000, 2), math.log10(10**500), math.log2(3**700))
print(math.log(True), math.log1p(1e-20), math.log1p(1), math.log(math.inf))
for bad in [lambda: math.log(0), lambda: math.log(-1), lambda: math.log(0.0), lambda: math.log(-math.inf),
            lambda: math.log(10, 1), lambda: math.log2(-2), lambda: math.log10(0), lambda: math.log1p(-1),
            lambda: math.log(-10**400), lambda: math.log(), lambda: math.log(1, 2, 3), lambda: math.log("e")]:
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
