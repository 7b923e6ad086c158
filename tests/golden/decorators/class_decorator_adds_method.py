# A class decorator can add methods to the class it receives: here __repr__ built from a field list.
def auto_repr(cls):
    def __repr__(self):
        parts = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({parts})"
    cls.__repr__ = __repr__
    return cls

@auto_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

@auto_repr
class User:
    def __init__(self, name):
        self.name = name

print(Point(1, 2))
print([User("ann"), User("bo")])
print(f"{Point(0, -1)!r}")
