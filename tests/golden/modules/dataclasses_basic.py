# @dataclass: the generated __init__, __repr__ and __eq__, defaults, and __init__'s argument errors.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(Point(3)), Point(y=5, x=4))
print(p == Point(1, 2), p != Point(1, 3), p == (1, 2), p is Point(1, 2))
print(Point.__init__.__qualname__, Point.__repr__.__name__, Point.__eq__.__qualname__)
print(Point.__doc__, Point.__match_args__, Point.__hash__)
p.x = 10
print(p, p.x + p.y, vars(p))


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("no args", lambda: Point())
attempt("too many", lambda: Point(1, 2, 3))
attempt("unknown keyword", lambda: Point(1, z=2))
attempt("twice", lambda: Point(1, x=2))
attempt("hash", lambda: hash(p))
attempt("set", lambda: {p})


class Outer:
    @dataclass
    class Inner:
        name: str
        tags: tuple = ()


print(Outer.Inner("a"), Outer.Inner("b", ("x",)) == Outer.Inner("b", ("x",)))


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__)
attempt("empty", lambda: Empty(1))


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return f"<Custom {self.a}>"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == "anything", Custom.__hash__)
