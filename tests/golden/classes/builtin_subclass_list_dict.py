# Subclasses of list and dict: inherited methods, overridden ones, isinstance, reprs, equality.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s.pop(), s == [1, 2, 3], type(s).__name__, isinstance(s, list))
print(type(s + [9]).__name__, type(s[:2]).__name__, type(s * 2).__name__, sorted(s, reverse=True))
s += [7]
print(type(s).__name__, s)

class Registry(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __missing__(self, key):
        return f"<{key}?>"

r = Registry()
r["Apple"] = 1
print(r, r["apple"], r["pear"], r.get("pear"), "apple" in r, dict(r), list(r.items()))
r.update(Banana=2)
print(r)

class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for w in "abca":
    c.add(w)
print(c, c.__class__.__name__, len(c), {**c})
print(repr(Stack()), repr(Registry()), Stack("ab"), Registry(a=1) == {"a": 1})
