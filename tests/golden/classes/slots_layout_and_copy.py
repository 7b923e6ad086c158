# __slots__ with __dict__, inherited slots, lay-out conflicts, descriptors, copy and exceptions/lists with slots.
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b", "__dict__")
b = B()
b.a = 1; b.b = 2; b.c = 3
print(b.a, b.b, b.c, b.__dict__, vars(b))
try:
    del B().a
except AttributeError as e: print("AE", e)
class C:
    __slots__ = ("c",)
try:
    class D(B, C): pass
except TypeError as e: print("TE", e)
class E:
    __slots__ = ()
class F(A, E): __slots__ = ("f",)
f = F(); f.a = 1; f.f = 2; print(f.a, f.f, F.f, F.a)
try:
    A.a.__get__(C())
except TypeError as e: print("TE", e)
class Ex(Exception):
    __slots__ = ("code",)
x = Ex("m"); x.code = 5; print(x.code, x.args)
class L(list):
    __slots__ = ("tag",)
l = L([1]); l.tag = "t"; print(l, l.tag)
try: l.other = 1
except AttributeError as e: print("AE", e)
import copy
class P:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1; self.y = [2]
q = copy.copy(P()); print(q.x, q.y)
q = copy.deepcopy(P()); print(q.x, q.y)
class G:
    __slots__ = ("me",)
g = G(); g.me = g; del g
print("ok")
try:
    class H:
        __slots__ = ("x",)
        x = 1
except ValueError as e: print("VE", e)
print(sorted(n for n in dir(P()) if not n.startswith("__")))
for base in (int, str, tuple):
    try:
        class X(base):
            __slots__ = ("a",)
        x = X()
        x.a = 1
        print(base.__name__, x.a)
    except TypeError as e:
        print("TypeError:", e)
class Y(tuple):
    __slots__ = ()
print(Y((1,)), hasattr(Y(), "__dict__"))
