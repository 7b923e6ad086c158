# Subclassing the collections classes and using them with builtins.
from collections import Counter, OrderedDict, deque, defaultdict
import collections


class Tally(Counter):
    def top(self):
        return self.most_common(1)[0][0]


t = Tally('banana')
print(t, t.top(), isinstance(t, Counter), isinstance(t, dict))


class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated()
lu['a'] = 1
lu['b'] = 2
lu['a'] = 3
print(lu, list(lu.items()))


class Queue(deque):
    def push(self, x):
        self.append(x)


q = Queue([1])
q.push(2)
print(q, len(q), q.popleft())
print(collections.deque, collections.Counter, collections.defaultdict, collections.OrderedDict)
print(type(collections.namedtuple('P', 'a')(1)), len(defaultdict(int, a=1)), dict(Counter('xy')))
print(sorted(Counter('cba')), max(deque([3, 9, 2])), list(map(str, deque([1, 2]))), any(deque([0, 1])))
