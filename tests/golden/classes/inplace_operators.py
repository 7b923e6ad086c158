# In-place operators: __iadd__ mutates, missing ones fall back to __add__.
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        self.items.extend(other)
        return self
    def __add__(self, other):
        return Bag(self.items + list(other))
    def __repr__(self):
        return f"Bag({self.items})"

class Counter:
    def __init__(self, n):
        self.n = n
    def __add__(self, k):
        return Counter(self.n + k)
    def __isub__(self, k):
        return NotImplemented
    def __sub__(self, k):
        return Counter(self.n - k)

b = Bag([1])
alias = b
b += [2, 3]
print(b, alias is b)
c = Counter(1)
c2 = c
c += 5
c -= 2
print(c.n, c2.n, c is c2)
class Holder:
    def __init__(self):
        self.bag = Bag([])
        self.total = 0
h = Holder()
h.bag += ["x"]
h.total += 10
items = {"k": Bag([0])}
items["k"] += [9]
print(h.bag, h.total, items)
try:
    c *= 2
except TypeError as e:
    print("TypeError:", e)
