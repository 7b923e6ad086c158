# range: repr, len, indexing, slicing, membership, equality, reversal
r = range(0, 20, 3)
print(r, range(5), range(-5), range(10, 0, -3), len(r), len(range(10, 0, -3)), list(r))
print(r[0], r[-1], r[2], r[1:-1], r[::-1], r[::2], r[10 ** 20:], range(10)[::-1])
print(3 in r, 4 in r, 3.0 in r, True in range(3), "a" in r, 10 ** 20 in r, -3 in range(0, -10, -3))
print(r.index(9), r.count(9), r.count(10), r.index(9.0), range(5) == range(0, 5, 1))
print(range(0) == range(4, 2), range(1) == range(1, 2, 5), range(0, 5, 2) == range(0, 6, 2))
print(list(reversed(range(1, 10, 4))), bool(range(0)), bool(range(1)), range(3) != range(3))
print(sum(range(101)), max(range(-5, 5)), sorted(range(3), reverse=True), list(range(3, -3, -2)))
for bad in (lambda: r[7], lambda: r["a"], lambda: r.index(10), lambda: r.index("a"), lambda: range(),
            lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(1, 2, 3, 4), lambda: r[::0]):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
