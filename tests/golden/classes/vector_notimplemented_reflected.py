# Returning NotImplemented lets Python try the reflected method of the other operand, then raise TypeError.
class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{self.v}m"
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd called with", other)
        return self + other

print(Meters(2) + Meters(3))
print(Meters(2) + 1.5)
print(10 + Meters(1))
print(sum([Meters(1), Meters(2)]))
try:
    Meters(1) + "x"
except TypeError as e:
    print("TypeError:", e)
