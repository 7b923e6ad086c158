# type(), __class__ and the type of classes.
class A: pass
class B(A): pass
b = B()
print(type(b), b.__class__, type(b) is B, type(b) == A, type(B), type(type(b)), B.__class__)
print(type(b).__name__, type(b).__mro__[1], b.__class__.__bases__)
print(type(A.__init__), type(b.__init__).__name__, type(A.__dict__["__dict__"]).__name__)
print(type(staticmethod(len)), type(classmethod(len)), type(property()), type(super(B, b)))
print(object.__class__, type.__class__, int.__class__, type(object))
