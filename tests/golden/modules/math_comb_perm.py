# math.comb and math.perm: exact results and errors
import math

print([math.comb(5, k) for k in range(7)])
print([math.perm(5, k) for k in range(7)], math.perm(5), math.perm(0))
print(math.comb(100, 50), math.perm(30, 10), math.comb(10**20, 2))
print(math.comb(True, True), math.perm(4, None))
for bad in [lambda: math.comb(-1, 2), lambda: math.comb(5, -1), lambda: math.perm(-3), lambda: math.perm(3, -1),
            lambda: math.comb(5.0, 2), lambda: math.comb(5), lambda: math.perm(), lambda: math.comb(1, k=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
