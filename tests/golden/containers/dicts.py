# dicts: order, methods, views, errors, mutation during iteration.
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {'one': 1, 'two': 2, 3: 'three', (4, 5): [6]}
print(d, len(d), d['one'], d[3], d[(4, 5)])
d['two'] = 22
d[0] = 0
del d['one']
d['one'] = 1
print(d)
print(d.get('two'), d.get('missing'), d.get('missing', -1))
print(d.setdefault('two', 0), d.setdefault('new', []), d)
print(d.pop('new'), d.pop('gone', 'default'), d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print({}.keys(), len(d.keys()), 'two' in d.keys(), ('two', 22) in d.items(), 22 in d.values())
k = d.keys()
d['late'] = True
print(k, len(k))
e = d.copy()
d.clear()
print(d, e)
e.update({'two': 2}, extra=1)
e.update([('p', 1), ['q', 2]])
e.update(x=9)
print(e)
print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({'k': 'v'}, k2='v2'), dict(zip('ab', range(2))))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), {}.fromkeys(range(3), 'x'))
print({1: 'a'} == {1: 'a'}, {1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 'a'} != {1: 'b'}, {1: 1} == {1: 1.0})
print({'a': 1} | {'b': 2}, {1: 1, 2: 2} | {1: 'x'})
m = {'a': 1}
m |= {'b': 2}
m |= [('c', 3)]
print(m)
r = {}
r['self'] = r
print(r, [r])
print({True: 'bool', 1: 'int', 1.0: 'float'})
print({-1: 'a', -2: 'b', 2**64: 'big', 0.5: 'half'})
err(lambda: d['nope'])
err(lambda: {}[[1]])
err(lambda: {[1]: 2})
err(lambda: {}.pop(1))
err(lambda: {}.popitem())
err(lambda: {}.get())
err(lambda: {}.get(1, 2, 3))
err(lambda: {}.update(1, 2))
err(lambda: {}.update([1]))
err(lambda: {}.update([(1, 2, 3)]))
err(lambda: dict([(1, 2), (3,)]))
err(lambda: dict(5))
err(lambda: dict.fromkeys())
err(lambda: {}.keys(1))
err(lambda: {1: 2} < {1: 2})
err(lambda: hash({}))
err(lambda: hash({}.keys()))
def change_size():
    it = {1: 1, 2: 2}
    for key in it:
        it[key + 10] = 0
err(change_size)
def delete_while_iterating():
    it = {1: 1, 2: 2, 3: 3}
    for key in it:
        del it[key]
err(delete_while_iterating)
counts = {}
for word in 'the quick the lazy the end quick'.split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), big[999], list(big)[:5], sum(big.values()))
