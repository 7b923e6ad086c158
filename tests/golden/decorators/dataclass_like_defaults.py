# Generated __init__ with defaults taken from class attributes (the dataclass idea, hand-made).
def with_defaults(cls):
    names = list(cls.__annotations__)
    def __init__(self, **kwargs):
        for n in names:
            if n in kwargs:
                setattr(self, n, kwargs.pop(n))
            elif hasattr(cls, n):
                setattr(self, n, getattr(cls, n))
            else:
                raise TypeError(f"missing field {n!r}")
        if kwargs:
            raise TypeError(f"unknown fields {sorted(kwargs)}")
    cls.__init__ = __init__
    return cls

@with_defaults
class Options:
    verbose: bool = False
    depth: int = 3
    name: str

o = Options(name="run")
print(o.verbose, o.depth, o.name)
print(vars(Options(name="x", depth=9)))
for kw in ({}, {"name": "a", "color": "red"}):
    try:
        Options(**kw)
    except TypeError as e:
        print("TypeError:", e)
