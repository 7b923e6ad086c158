# __bases__, __base__, __mro__ and mro() for single and multiple inheritance.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E: pass
class F(D, E): pass

for cls in (A, B, D, F):
    print(cls.__name__, cls.__bases__, cls.__base__)
print(D.__mro__)
print(F.mro())
print([k.__name__ for k in F.__mro__])
print(object.__bases__, object.__mro__, int.__mro__, bool.__mro__)
print(type(F.mro()), type(F.__mro__))
