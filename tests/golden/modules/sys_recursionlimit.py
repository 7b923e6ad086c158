# sys.getrecursionlimit / setrecursionlimit argument checks
import sys

print(sys.getrecursionlimit())
sys.setrecursionlimit(1500)
print(sys.getrecursionlimit())
for bad in [0, -5, 1.5, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.getrecursionlimit(1)
except TypeError as e:
    print("TypeError:", e)
