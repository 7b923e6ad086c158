# Which comparison method runs: reflected fallbacks, NotImplemented, subclass priority.
class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"{self.name}.__eq__({getattr(other, 'name', other)})")
        return NotImplemented
    def __lt__(self, other):
        print(f"{self.name}.__lt__({getattr(other, 'name', other)})")
        return NotImplemented
    def __gt__(self, other):
        print(f"{self.name}.__gt__({getattr(other, 'name', other)})")
        return NotImplemented

class Sub(Loud):
    def __gt__(self, other):
        print(f"{self.name}.Sub.__gt__")
        return True

a, b, s = Loud("a"), Loud("b"), Sub("s")
print(a == b)
print(a != b)
print(a == 1, 1 == a)
print(a < s)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(a == a, a != a)
