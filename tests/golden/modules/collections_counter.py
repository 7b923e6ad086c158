# collections.Counter: counting, most_common, arithmetic and repr order.
from collections import Counter

c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2), c['a'], c['zzz'], c.total())
print(sorted(c.elements()), list(Counter(a=2, b=1).elements()))
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
print(wc, wc.most_common(1)[0])
c.update('aaz')
print(c)
c.update({'q': 3})
c.subtract('aaaaa')
print(c)
c.subtract({'q': 5})
print(c, +c, -c)
a = Counter(a=3, b=1, c=2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(Counter(), repr(Counter()), Counter({'x': 0}), dict(Counter('aab')))
print(isinstance(c, dict), type(c), len(a), 'a' in a, sum(a.values()))
print(a == Counter(c=2, a=3, b=1), Counter(a=1) == Counter(a=1, b=0), a != b)
del a['a']
del a['nothere']
print(a, a.copy())
print(Counter(dogs=2, cats=5).most_common())
for stmt in [lambda: Counter(1), lambda: Counter(a=1) + 1, lambda: Counter.fromkeys('ab'),
             lambda: Counter('a', 'b')]:
    try:
        stmt()
    except Exception as e:
        print(type(e).__name__, e)
