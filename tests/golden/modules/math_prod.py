# math.prod with start=, over ints, floats and other sequences
import math

print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 21)))
print(math.prod([0.5, 4, 0.25]), math.prod([2] * 70), math.prod([1.5], start=2))
print(math.prod(["ab", 3]) if False else math.prod([3, "ab"]), math.prod(x for x in (1, 2, 3)))
for bad in [lambda: math.prod(), lambda: math.prod([1], 2), lambda: math.prod([1], x=2), lambda: math.prod(5),
            lambda: math.prod(["a", "b"])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
