# functools.cached_property computes once per instance and stores the value in __dict__
from functools import cached_property

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area of", self.r)
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area)
print(c.__dict__)
c.area = 100
print(c.area)
del c.area
print(c.area)
d = Circle(1)
print(d.area, c.area)
print(type(Circle.area).__name__ in ("cached_property", "functools.cached_property"), Circle.area.attrname)
