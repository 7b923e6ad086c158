# Read-only properties and properties without getter: CPython's messages.
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return 3 * self.r ** 2
    write_only = property(None, lambda self, v: setattr(self, "_w", v))
    def _get(self):
        return "got"
    classic = property(_get, doc="classic doc")

c = Circle(2)
print(c.area, c.classic, Circle.classic.__doc__)
for action in (lambda: setattr(c, "area", 1), lambda: delattr(c, "area"), lambda: c.write_only,
               lambda: setattr(c, "classic", 1)):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
c.write_only = 5
print(c._w)
detached = property(lambda self: 1)
try:
    detached.__set__(c, 2)
except AttributeError as e:
    print("AttributeError:", e)
print(detached.__get__(c), detached.__get__(None, Circle) is detached)
