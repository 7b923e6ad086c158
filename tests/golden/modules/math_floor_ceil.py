# math.floor/ceil/trunc return ints, big ones too
import math

for x in [2.5, -2.5, 3.0, -0.5, 0.5, 1e20, -1e20, 7, -7, 2**100, True, 1.7976931348623157e308]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x))
print(type(math.floor(2.0)).__name__, type(math.trunc(-1.5)).__name__)
for bad in [lambda: math.floor(math.inf), lambda: math.ceil(math.nan), lambda: math.trunc(-math.inf),
            lambda: math.floor("2"), lambda: math.trunc("x"), lambda: math.ceil(None)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
