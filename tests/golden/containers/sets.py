# sets and frozensets: CPython's iteration order, algebra, methods, errors.
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

print({3, 1, 2}, {10, 1, 100}, {100, 10, 1, 1000, 10000}, {-1, -5, 7, 33}, {2**61, 2**61 - 1, -2**61})
n = 100
print({n, 10, 1, 1000, 10000}, set([100, 10, 1, 1000, 10000]), set(), frozenset(), frozenset({1, 2}))
s = set()
for i in range(20):
    s.add(i * 37 % 101)
print(s, len(s))
for i in range(0, 101, 3):
    s.discard(i)
print(s)
s.add(1000)
s.add(-7)
print(s, s.pop(), s.pop(), s)
a = {1, 2, 3, 4, 5, 40, 41}
b = {4, 5, 6, 7, 40, 80}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union(b, [99]), a.intersection(b, range(5)), a.difference(b, {1}), a.symmetric_difference([1, 100]))
print(a <= b, a < a | b, a | b >= b, a > a, a == set(a), a != b, {1} == frozenset({1}))
print(a.issubset(range(100)), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint({100}))
c = set(a)
c |= b
print(c)
c &= {1, 40, 80, 1000}
print(c)
c -= {80}
print(c)
c ^= {1, 2, 3}
print(c)
c.update([10, 20], (30,))
c.intersection_update(range(25))
print(c)
c.difference_update({10})
c.symmetric_difference_update({7, 20})
print(c, c.copy(), c.copy() is c)
f = frozenset(c)
print(f, frozenset(f) is f, f.copy() is f, f | {0}, {0} | f, f & c)
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(f) == hash(frozenset(c)))
nested = {frozenset({1}), frozenset({1, 2}), frozenset()}
print(len(nested), {1} in nested, frozenset() in nested, {3} in nested)
print(set({'k': 1, 'j': 2}) == {'k', 'j'}, set(range(10)), set((5, 3, 5, 3)))
c.clear()
print(c, 1 in c)
err(lambda: set().pop())
err(lambda: {1}.remove(2))
err(lambda: {1}.remove((1, 2)))
err(lambda: {1}.add([1]))
err(lambda: {[1]})
err(lambda: [1] in {1})
err(lambda: {1}.add())
err(lambda: {1}.union(5))
err(lambda: {1} | [2])
err(lambda: {1} < 5)
err(lambda: set(1, 2))
err(lambda: hash({1}))
err(lambda: frozenset().add(1))
def change_during_iteration():
    it = {1, 2, 3}
    for x in it:
        it.add(x + 10)
err(change_during_iteration)
