# A right operand whose class is a subclass overriding the reflected method goes first.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("Num.__add__")
        return Num(self.v + other.v)
    def __radd__(self, other):
        print("Num.__radd__")
        return Num(other.v + self.v)
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"

class Special(Num):
    def __radd__(self, other):
        print("Special.__radd__")
        return Special(other.v + self.v + 1000)

class Plain(Num):
    pass

print(Num(1) + Special(2))
print(Num(1) + Plain(2))
print(Special(1) + Num(2))
print(5 + Num(1) if hasattr(int, "v") else "int has no v")
class Left:
    def __add__(self, other):
        return NotImplemented
class Right:
    def __radd__(self, other):
        return "Right.__radd__"
print(Left() + Right())
