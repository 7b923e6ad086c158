# Operator overloading on a 2-D Vector: binary, reflected, unary, abs, equality.
import math

class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * v, v * w, v / 2, -v, +v, abs(v))
print(v == Vector(3, 4), v != w, bool(Vector(0, 0)), sum([v, w], Vector(0, 0)))
total = Vector(0, 0)
for vec in (v, w, v):
    total += vec
print(total)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
