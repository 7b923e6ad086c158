# sum (start=, ints, floats, lists), any and all with short-circuit
print(sum([1, 2, 3]), sum([1, 2.5]), sum([0.1] * 10), sum(range(101), 1000), sum([[1], [2, 3]], []))
print(sum([2 ** 62, 2 ** 62, 2 ** 62]), sum([1], start=10), sum(()), sum([True, True, 1.5]))
print(any([]), any([0, "", None]), any([0, 2]), all([]), all([1, "x"]), all([1, 0, 1]))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(map(check, [1, 3, 5])), all(map(check, [7, 1, 9])), seen)
for bad in (lambda: sum(["a"], ""), lambda: sum(["a", "b"]), lambda: sum(), lambda: sum([1], 2, 3),
            lambda: sum(iterable=[1]), lambda: any(), lambda: all(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
