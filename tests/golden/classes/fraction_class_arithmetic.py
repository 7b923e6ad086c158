# A Fraction class normalizing with gcd, with arithmetic, comparisons and sorting of user objects.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

class Frac:
    def __init__(self, n, d=1):
        g = gcd(abs(n), abs(d)) or 1
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g
    def __repr__(self):
        return f"{self.n}/{self.d}"
    def __add__(self, o):
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        return Frac(self.n * o.n, self.d * o.d)
    def __truediv__(self, o):
        return Frac(self.n * o.d, self.d * o.n)
    def __eq__(self, o):
        return self.n * o.d == o.n * self.d
    def __lt__(self, o):
        return self.n * o.d < o.n * self.d

half, third = Frac(1, 2), Frac(1, 3)
print(half + third, half * third, half / third, Frac(4, -8))
print(half == Frac(2, 4), third < half, half > third)
print(sorted([Frac(3, 4), Frac(1, 8), half, third]))
print(max([Frac(3, 4), Frac(5, 6)]), min(Frac(2, 3), Frac(3, 5)))
