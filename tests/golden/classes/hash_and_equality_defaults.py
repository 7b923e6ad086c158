# Default identity equality and hashing; __eq__ without __hash__ makes a class unhashable.
class Plain:
    pass

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v

class EqAndHash(EqOnly):
    def __hash__(self):
        return hash(self.v)

class Inherits(EqOnly):
    pass

p = Plain()
print(p == p, p == Plain(), hash(p) == hash(p), len({p, p, Plain()}))
print(EqOnly.__hash__, Inherits.__hash__, EqAndHash.__hash__ is not None)
for cls in (EqOnly, Inherits):
    try:
        hash(cls(1))
    except TypeError as e:
        print("TypeError:", e)
    try:
        {cls(1): "x"}
    except TypeError as e:
        print("TypeError:", e)
print(len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}), {EqAndHash(3): "three"}[EqAndHash(3)])
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly(1) in [EqOnly(1)])
