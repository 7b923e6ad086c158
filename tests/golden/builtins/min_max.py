# min/max: one iterable or several arguments, key=, default=, and errors
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min((2, "b"), (1, "z")))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "c"], key=len), max([], default="empty"))
print(max([1, 5, 3], key=lambda x: -x), max(1, 2.5), max([1, True]), min([True, 1]), max(range(7)))
print(max([(1, "a"), (1, "b")]), min({3: "x", 1: "y"}), max(x * x for x in [-3, 2]), min([], default=None))
print(max([2, 1], key=None), max("a", "B", key=str.lower), min([0.5, -0.0, 0.0]))
for bad in (lambda: min(), lambda: max([]), lambda: min(1), lambda: min(1, 2, default=3),
            lambda: max(1, "a"), lambda: min(1, "a"), lambda: max([1], foo=1),
            lambda: max([1], default=2, key=None, foo=3)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
