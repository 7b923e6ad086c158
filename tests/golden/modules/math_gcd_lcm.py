# math.gcd and math.lcm with any number of arguments
import math

print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(7), math.gcd())
print(math.gcd(2**100, 2**60 * 3), math.gcd(48, 180, 120), math.gcd(True, 4))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(4, 6, 0), math.lcm(), math.lcm(5), math.lcm(2, 3, 4, 5))
print(math.lcm(2**64, 3**40))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 5), math.isqrt(True))
for bad in [lambda: math.gcd(1.5), lambda: math.lcm(2, "3"), lambda: math.isqrt(-1), lambda: math.isqrt(2.0),
            lambda: math.gcd(a=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
