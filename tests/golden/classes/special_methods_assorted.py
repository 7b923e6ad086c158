# Less common special methods: @, pow with a modulus, divmod, unary ops, round/trunc/floor/ceil, __new__ returning another type.
class MyInt(int):
    def __radd__(self, o):
        return "radd first"
    def __add__(self, o):
        return "add"
print(1 + MyInt(2), MyInt(2) + 1, MyInt(2) - 1, type(MyInt(2) - 1))
class P:
    @property
    def x(self):
        raise AttributeError("inner")
    def __getattr__(self, n):
        return "getattr " + n
print(P().x)
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e: print(e)
class C:
    def __contains__(self, x): return 5
print(1 in C(), 1 not in C())
class M:
    def __matmul__(self, o): return "mm"
    def __rmatmul__(self, o): return "rmm"
    def __pow__(self, e, mod=None): return ("pow", e, mod)
    def __rpow__(self, b): return ("rpow", b)
    def __divmod__(self, o): return "dm"
    def __rdivmod__(self, o): return "rdm"
    def __getitem__(self, k): return k
print(M() @ 1, 1 @ M(), M() ** 2, pow(M(), 2, 5), 2 ** M(), divmod(M(), 1), divmod(1, M()), M()[1:2, 3], M()[...], M()[::2])
print(object.__eq__(1, 2), object().__eq__(3), object.__ne__(1, 1))
class N:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called")
print(N())
class Fmt:
    def __format__(self, spec): return f"<{spec}>"
    def __repr__(self): return "R"
    def __str__(self): return "S"
print(f"{Fmt()!r} {Fmt()!s} {Fmt():x>4} {Fmt()}", format(Fmt(), "abc"), "{0:zz} {0!r}".format(Fmt()), "%s %r" % (Fmt(), Fmt()))
class IAdd:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "fallback add"
x = IAdd(); x += 1; print(x)
T = type("T", (), {"a": 1, "f": lambda self: self.a})
print(T().f(), T.__qualname__, T.__module__)
class Base:
    def __init_subclass__(cls, **kw): print("init_subclass", cls.__name__, kw)
U = type("U", (Base,), {})
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Rev())), list(Rev()), 20 in Rev(), sorted(Rev(), reverse=True))
a = Base.__dict__
print(type(a).__name__, "__init_subclass__" in a)
try:
    a["x"] = 1
except TypeError as e: print(e)
class WithSlotsDict:
    pass
w = WithSlotsDict()
w.__dict__ = {"z": 1}
print(w.z)
try:
    w.__class__ = Base
except TypeError as e: print("TE", e)
print(w.__class__.__name__)
class K:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(K()), not K(), "yes" if K() else "no")
class Neg:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
    def __floor__(self): return 1
    def __ceil__(self): return 2
import math
print(-Neg(), +Neg(), ~Neg(), abs(Neg()), round(Neg()), round(Neg(), 2), math.trunc(Neg()), math.floor(Neg()), math.ceil(Neg()))
