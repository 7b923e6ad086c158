# NotImplemented as a value: returned from dunders, falling back to the other operand.
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, bool is type(True))
class Meters:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if isinstance(other, Meters):
            return self.v == other.v
        return NotImplemented
    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
    __radd__ = __add__

print(Meters(1) == Meters(1), Meters(1) == 1, 1 == Meters(1), (Meters(2) + 3).v, (3 + Meters(2)).v)
print(sum([Meters(1), Meters(2)], 0).v, Meters(1).__eq__("x"), (5).__add__(Meters(1)))
try:
    Meters(1) + "s"
except TypeError as e:
    print("TypeError:", e)
