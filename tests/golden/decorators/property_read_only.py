# A property without a setter is read-only: assigning raises AttributeError with CPython 3.11's wording.
class Circle:
    def __init__(self, radius):
        self._radius = radius

    @property
    def radius(self):
        return self._radius

    @property
    def diameter(self):
        return 2 * self._radius

c = Circle(3)
print(c.radius, c.diameter)
try:
    c.diameter = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.radius
except AttributeError as e:
    print("AttributeError:", e)
print(type(Circle.radius).__name__)
