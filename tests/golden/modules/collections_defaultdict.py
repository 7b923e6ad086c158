# collections.defaultdict: a dict subclass whose missing keys are made by default_factory.
from collections import defaultdict

words = ['apple', 'bat', 'avocado', 'cat', 'banana']
groups = defaultdict(list)
for w in words:
    groups[w[0]].append(w)
print(groups)
print(dict(groups), isinstance(groups, dict), type(groups), groups.default_factory)

counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, counts['z'], len(counts), 'q' in counts, counts.get('w'))
print(sorted(counts.items()), list(counts.keys()), list(counts))

nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 2
print(nested['a']['x'], dict(nested['a']))

s = defaultdict(set, {'k': {1}})
s['k'].add(2)
s['j'].add(3)
print(s, s.copy(), defaultdict(None, a=1))
d = defaultdict()
print(d, d.default_factory)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(3)
except TypeError as e:
    print('TypeError', e)
d.default_factory = str
print(repr(d['x']), d)
for k, v in defaultdict(list, a=[1]).items():
    print(k, v)
del counts['s']
print(counts.pop('i'), counts, counts == {'m': 1, 'p': 2, 'z': 0})
