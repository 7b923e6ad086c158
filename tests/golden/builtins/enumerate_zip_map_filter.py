# enumerate, zip (strict=), map (several iterables), filter (None)
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate("ab", start=-1)))
print(list(enumerate("ab", 10 ** 20)), list(enumerate(iterable="xy", start=1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), dict(zip("ab", range(2))))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2, 1])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
e = enumerate([5, 6])
print(next(e), next(e), next(e, "end"), type(e), type(zip()), type(map(len, "")), type(filter(None, "")))
for bad in (lambda: enumerate(), lambda: enumerate(1), lambda: enumerate([1], 2, 3), lambda: enumerate([1], start="a"),
            lambda: enumerate([1], foo=2), lambda: zip(1), lambda: map(len), lambda: map(func=len),
            lambda: filter(None), lambda: filter(None, [1], x=2), lambda: zip(foo=1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
