# Defining __eq__ without __hash__ sets __hash__ to None; inheriting and restoring it.
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x

print(P.__hash__, "__hash__" in P.__dict__)
for f in (lambda: hash(P(1)), lambda: {P(1)}, lambda: {P(1): 1}):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

class Q(P):
    pass
print(Q.__hash__)

class R(P):
    __hash__ = P.__hash__
print(R.__hash__)

class S(P):
    def __hash__(self):
        return hash(self.x)
print(len({S(1), S(1), S(2)}), S(1) in {S(1)})

class T:
    __hash__ = None
try:
    hash(T())
except TypeError as e:
    print("TypeError:", e)
from_object = P.__mro__[1].__hash__
print(from_object is object.__hash__, isinstance(P(1), object))

class U(S):
    def __eq__(self, other):
        return True
try:
    hash(U(1))
except TypeError as e:
    print("TypeError:", e)
