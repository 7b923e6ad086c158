# Tuples: displays, indexing, hashing, comparison, methods.
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

t = (1, 'a', 2.5, None, (3, 4), [5])
print(t, (), (1,), ((),), len(t), t[1], t[-1], t[1:3], t[::-1], t[::2])
print(hash((1, 2)), hash(()), hash((1,)), hash(((1, 2), (3,))), hash((-1,)), hash((1.5, -0.0, 2**70)))
print(hash((1, 2)) == hash((1.0, 2.0)), (1, 2) == (1.0, 2.0), {(1, 2): 'a'}[(1.0, 2.0)])
err(lambda: hash((1, [2])))
err(lambda: t[6])
err(lambda: t['x'])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) <= (1, 2), () < (0,))
err(lambda: (1, 'a') < (1, 2))
print(t.index(2.5), t.count(1), (1, 2, 1).count(1), (1, 2, 3).index(3, 1))
err(lambda: t.index(99))
err(lambda: t.count())
err(lambda: tuple(1, 2))
err(lambda: tuple(3))
x = (1, 2)
print(tuple(x) is x, tuple([1, 2]), tuple('ab'), tuple(), x + (3,), x * 2, 3 * (0,))
err(lambda: x + [3])
l = [1]
u = (l,)
l.append(u)
print(u)
a, b = x
(c, d), e = (3, 4), 5
print(a, b, c, d, e)
