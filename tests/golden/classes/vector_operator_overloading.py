# A 2-D Vector with +, -, * by scalar, reflected *, unary -, abs, ==, bool and repr.
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __bool__(self):
        return bool(self.x or self.y)

v, w = Vector(3, 4), Vector(1, -1)
print(v + w, v - w, v * 2, 3 * w, -v)
print(abs(v), v == Vector(3, 4), v != w)
print(bool(Vector(0, 0)), bool(v))
print(sum([v, w], Vector(0, 0)))
