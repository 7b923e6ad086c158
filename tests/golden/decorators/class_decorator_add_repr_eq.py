# A dataclass-like class decorator generating __init__, __repr__ and __eq__ from annotations.
def auto(cls):
    fields = list(cls.__annotations__)
    def __init__(self, *args):
        if len(args) != len(fields):
            raise TypeError(f"{cls.__name__} expects {len(fields)} arguments, got {len(args)}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
    def __repr__(self):
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in fields)
        return f"{cls.__name__}({inner})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in fields)
    cls.__init__, cls.__repr__, cls.__eq__ = __init__, __repr__, __eq__
    return cls

@auto
class Point:
    x: int
    y: int

p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), p != (1, 2), Point.__hash__)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
print(Point.__init__.__qualname__, Point.__annotations__)
