# math constants and their reprs
import math

print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan)
print(math.pi * 2 == math.tau, math.isinf(math.inf), math.isnan(math.nan))
print(repr(math.pi), f"{math.pi:.3f}", round(math.e, 5))
print(type(math.pi).__name__, math.inf > 10**300)
