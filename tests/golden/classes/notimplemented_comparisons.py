# Rich comparisons: reflected __lt__/__gt__, == falling back to identity, ordering errors.
class Ver:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("lt", self.n, type(other).__name__)
        if not isinstance(other, Ver):
            return NotImplemented
        return self.n < other.n
    def __eq__(self, other):
        print("eq", self.n)
        if not isinstance(other, Ver):
            return NotImplemented
        return self.n == other.n

a, b = Ver(1), Ver(2)
print(a < b, b > a)
print(a == Ver(1), a != Ver(1), a == 1, a != 1)
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
print(sorted([Ver(3), Ver(1), Ver(2)], key=lambda v: v)[0].n)
print(max(Ver(5), Ver(7)).n)
class Any:
    def __eq__(self, other):
        return True
print(Any() == 5, 5 == Any(), [1, 2].count(Any()), Any() in [9])
