# C3 linearization of a larger hierarchy (the classic example from the Python docs).
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass

for cls in (A, B, C):
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
