# A 2-D Vector with arithmetic, reflected scalar ops, comparisons, hashing, iteration, format and bool.
import math

class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
    def __iter__(self):
        yield_list = [self.x, self.y]
        return iter(yield_list)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
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
    def __eq__(self, other):
        return isinstance(other, Vector) and tuple(self) == tuple(other)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return abs(self) < abs(other)
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2

v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * v, v * w, v / 2, -v, abs(v), bool(Vector()), bool(v))
print(repr(v), f"{v:.1f}", list(v), v[0], v[-1], len(v), max(v, w), sorted([v, w]))
x, y = v
print(x, y, v == Vector(3, 4), v != w, {v, Vector(3, 4), w} == {v, w}, v in [w, v])
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
total = Vector()
for p in (v, w, v):
    total += p
print(total, sum([v, w], Vector()))
