# Unary operators (__neg__, __pos__, __invert__, __abs__) and all six rich comparisons on a Level class.
class Level:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"L{self.n}"
    def __neg__(self): return Level(-self.n)
    def __pos__(self): return Level(abs(self.n))
    def __invert__(self): return Level(~self.n)
    def __abs__(self): return abs(self.n)
    def __lt__(self, o): return self.n < o.n
    def __le__(self, o): return self.n <= o.n
    def __gt__(self, o): return self.n > o.n
    def __ge__(self, o): return self.n >= o.n
    def __eq__(self, o): return self.n == o.n
    def __ne__(self, o): return self.n != o.n

a, b = Level(3), Level(-5)
print(-a, +b, ~a, abs(b))
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(Level(1) < Level(2) < Level(3), sorted([a, b, Level(0)]))
