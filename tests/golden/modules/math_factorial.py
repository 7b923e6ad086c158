# math.factorial: exact big ints and CPython's errors
import math

print([math.factorial(n) for n in range(11)])
print(math.factorial(30))
print(math.factorial(100))
print(len(str(math.factorial(1000))), math.factorial(True))
for bad in [-1, 2.0, 5.5, "5", 10**30, -10**30]:
    try:
        math.factorial(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
