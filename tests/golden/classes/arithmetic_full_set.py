# The arithmetic dunders //, %, **, divmod, @ and their reflected forms on a Modular-number class.
class Mod7:
    def __init__(self, v):
        self.v = v % 7
    def __repr__(self):
        return f"{self.v} (mod 7)"
    def __add__(self, o): return Mod7(self.v + int(o))
    __radd__ = __add__
    def __mul__(self, o): return Mod7(self.v * int(o))
    def __rmul__(self, o): return Mod7(self.v * int(o))
    def __pow__(self, e): return Mod7(self.v ** e)
    def __rpow__(self, b): return Mod7(b ** self.v)
    def __floordiv__(self, o): return Mod7(self.v // int(o))
    def __mod__(self, o): return self.v % int(o)
    def __divmod__(self, o): return (self // o, self % o)
    def __int__(self): return self.v
    def __matmul__(self, o): return f"{self.v}@{int(o)}"

x = Mod7(5)
print(x + 4, 4 + x, x * 3, 3 * x, x ** 2, 2 ** x)
print(x // 2, x % 3, divmod(x, 2), x @ Mod7(2))
print(sum([Mod7(3), Mod7(5)]), int(x))
