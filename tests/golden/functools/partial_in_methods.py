# partial objects are not descriptors: as class attributes they do not bind self.
from functools import partial

def describe(prefix, obj=None):
    return f"{prefix}:{type(obj).__name__}"

class A:
    plain = partial(describe, "p")
    def method(self):
        return describe("m", self)

a = A()
print(a.plain(), a.method(), A.plain())
p = partial(describe, "x")
p.attr = 1
print(p.attr, p.__dict__)
print(list(map(partial(pow, 2), range(5))))
print(sorted(["bb", "a", "ccc"], key=partial(len)))
