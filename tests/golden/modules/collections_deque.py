# collections.deque: both ends, maxlen, rotation, indexing and errors.
from collections import deque


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
print(d, len(d), repr(deque()), deque('abc'))
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft('ab')
print(d)
d.rotate()
print(d)
d.rotate(-3)
print(d)
print(d[0], d[-1], 3 in d, 'z' in d, list(reversed(d)), d.count(3), d.index(5))
d[0] = 'first'
del d[1]
print(d, d.copy(), d == deque(d), d != deque([1]))
d.insert(1, 'ins')
d.remove('ins')
d.reverse()
print(d, bool(d), bool(deque()))
d.clear()
print(d, len(d))

q = deque(maxlen=3)
for i in range(6):
    q.append(i)
    print(q)
q.appendleft(-1)
print(q, q.maxlen, deque().maxlen)
print(deque([1, 2], maxlen=0), deque(range(10), 4))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, deque([1]) < deque([2]))
total = 0
for x in deque([1, 2, 3]):
    total += x
print(total, sum(deque([4, 5])), sorted(deque([3, 1, 2])), list(deque([1, 2])))

# breadth-first search with popleft
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d'], 'd': []}
seen, todo, order = {'a'}, deque(['a']), []
while todo:
    node = todo.popleft()
    order.append(node)
    for n in graph[node]:
        if n not in seen:
            seen.add(n)
            todo.append(n)
print(order)

check(lambda: deque().pop())
check(lambda: deque().popleft())
check(lambda: deque([1])[5])
check(lambda: deque([1])['a'])
check(lambda: deque([1]).index(9))
check(lambda: deque([1]).remove(9))
check(lambda: deque(maxlen=-1))
check(lambda: deque(1))
check(lambda: deque([1], 2, 3))
check(lambda: deque([1]).append())
check(lambda: deque([1], maxlen=1).insert(0, 5))
check(lambda: deque([1]) + [1])
check(lambda: deque([1]).rotate('a'))
