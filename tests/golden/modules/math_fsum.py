# math.fsum is exactly rounded (unlike sum)
import math

values = [0.1] * 10
print(sum(values), math.fsum(values))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), sum([1e-16, 1, 1e16]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum(iter([0.5, 0.25])))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1.0]), math.fsum([math.nan, 1.0]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
print(math.fsum(x / 7 for x in range(100)))
for bad in [lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]),
            lambda: math.fsum([1, "a"]), lambda: math.fsum(5)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
