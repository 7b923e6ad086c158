# A class decorator generating __init__ and __repr__ from class annotations, without importing dataclasses.
def simple_dataclass(cls):
    fields = list(cls.__annotations__)
    def __init__(self, *args):
        if len(args) != len(fields):
            raise TypeError(f"{cls.__name__} expects {len(fields)} arguments, got {len(args)}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    return cls

@simple_dataclass
class Item:
    name: str
    price: float
    qty: int

it = Item("pen", 1.5, 3)
print(it)
print(it == Item("pen", 1.5, 3), it == Item("pen", 1.5, 4))
try:
    Item("pen")
except TypeError as e:
    print(e)
