# slice objects: repr, indices(), and clamping as PySlice_GetIndicesEx
s = slice(1, 10, 2)
print(s, slice(5), slice(None, None, -1), slice("a", [1], None))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-100, 100, 3).indices(10))
print(slice(10 ** 20, -(10 ** 20), -1).indices(10), slice(-3, None).indices(2))
data = list(range(10))
print(data[slice(2, 8, 3)], data[slice(None, None, -3)], "abcdef"[slice(-2, None)])
for bad in (lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(0, 0, 0).indices(10),
            lambda: slice(1, 2).indices(-1), lambda: slice("a").indices(5), lambda: data[1.5:]):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
