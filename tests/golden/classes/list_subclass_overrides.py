# A list subclass overriding __getitem__, __setitem__, append and __repr__.
class ValidatedList(list):
    def __init__(self, iterable=()):
        super().__init__()
        for x in iterable:
            self.append(x)
    def append(self, x):
        if not isinstance(x, int):
            raise TypeError(f"ints only, got {type(x).__name__}")
        super().append(x)
    def __setitem__(self, i, x):
        print("setitem", i, x)
        super().__setitem__(i, x)
    def __getitem__(self, i):
        value = super().__getitem__(i)
        return value * 100 if isinstance(i, int) else value
    def __repr__(self):
        return "VL" + super().__repr__()

v = ValidatedList([1, 2, 3])
v[0] = 7
print(v, v[0], v[1:], list(v), str(v), len(v))
try:
    v.append("x")
except TypeError as e:
    print("TypeError:", e)
print([x for x in v], max(v), v.__getitem__(2))
