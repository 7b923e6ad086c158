# __slots__: members on the class, no instance __dict__, assignment restricted.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, Point.x, type(Point.__dict__["y"]).__name__, Point.__slots__)
p.x = 10
print(p.x, hasattr(p, "__dict__"))
for f in (lambda: setattr(p, "z", 3), lambda: p.__dict__):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
class Point3(Point):
    __slots__ = ("z",)
q = Point3(1, 2)
q.z = 3
print(q.x, q.z)
class Loose(Point):
    pass
l = Loose(1, 2)
l.extra = "ok"
print(l.extra, vars(l))
