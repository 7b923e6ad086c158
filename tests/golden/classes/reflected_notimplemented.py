# Reflected operators: the right operand's __radd__ after NotImplemented; subclass first; both fail.
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("Meters.__add__", type(other).__name__)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("Meters.__radd__", type(other).__name__)
        return self.__add__(other)
    def __repr__(self):
        return f"Meters({self.v})"

class Feet:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("Feet.__add__")
        return NotImplemented
    def __radd__(self, other):
        print("Feet.__radd__")
        return NotImplemented

print(Meters(1) + 2)
print(3 + Meters(1))
print(sum([Meters(1), Meters(2)]))
try:
    Feet(1) + Meters(2)
except TypeError as e:
    print("TypeError:", e)
try:
    Feet(1) + Feet(2)
except TypeError as e:
    print("TypeError:", e)

class Sub(Meters):
    def __radd__(self, other):
        print("Sub.__radd__")
        return "sub wins"
print(Meters(1) + Sub(2))
print(Meters(1).__add__("x"), NotImplemented)
