# An iterator class and an iterable class used by for, unpacking, builtins, comprehensions and `in`.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

class Range2:
    def __init__(self, stop):
        self.stop = stop
    def __iter__(self):
        return Countdown(self.stop)

r = Range2(3)
print(list(r), tuple(r), set(r), sorted(r), sum(r), max(r), min(r), len(list(r)))
a, b, c = r
first, *rest = r
print(a, b, c, first, rest, [x * 2 for x in r], {x: x for x in r}, 2 in r, 5 in r)
print(list(zip(r, "abc")), list(enumerate(r)), list(map(str, r)), list(filter(None, r)), "-".join(map(str, r)))
print(dict(zip(r, r)), any(x > 2 for x in r), all(r), list(reversed(list(r))), sorted(r, reverse=True))
it = Countdown(2)
print(next(it), next(it), next(it, "done"), list(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print([*r, *Countdown(1)], (lambda *a: a)(*r), min(Countdown(3), default=0), min(Countdown(0), default=0))
