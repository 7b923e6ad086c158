# collections.namedtuple: the class factory, field access, helpers and errors.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), Point, type(p))
print(Point.__name__, Point._fields, p._asdict(), p._replace(x=10), Point._make([3, 4]))
print(isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), p + (3,), Point.__doc__)
x, y = p
print(x, y, Point(y=5, x=6), Point._field_defaults, Point.__match_args__)
Color = namedtuple('Color', ['red', 'green', 'blue'], defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, blue=3), Color._field_defaults)
R = namedtuple('R', 'a, b')
print(R(1, b=2), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))


class Vec(namedtuple('Vec', 'x y')):
    def length2(self):
        return self.x * self.x + self.y * self.y


v = Vec(3, 4)
print(v, v.length2(), Vec.__bases__)


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


check(lambda: Point(1))
check(lambda: Point())
check(lambda: Point(1, 2, 3))
check(lambda: Point(1, z=2))
check(lambda: Point(1, x=2))
check(lambda: p.z)
check(lambda: Point._make([1]))
check(lambda: p._replace(z=3))
check(lambda: namedtuple('P', 'x 1y'))
check(lambda: namedtuple('P', 'x def'))
check(lambda: namedtuple('P', 'x _y'))
check(lambda: namedtuple('P', 'x x'))
check(lambda: namedtuple('1P', 'x'))
check(lambda: namedtuple('P', 'x y', defaults=[1, 2, 3]))


def setx():
    p.x = 5


check(setx)
