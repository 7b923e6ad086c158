# `metaclass=type` is accepted; other class keywords go to __init_subclass__ (TypeError without one).
class A(metaclass=type):
    pass
print(type(A), A.__name__)

class B(A, metaclass=type):
    pass
print(B.__mro__)

try:
    class C(object, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class D(A, metaclass=type, other=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(metaclass=1):
        pass
except TypeError as e:
    print("TypeError:", e)

def make_class(name, bases, ns, **kw):
    print("make_class", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return type(name, bases, ns)

class F(A, metaclass=make_class, tag=1):
    x = 1
print(F.x, F.__mro__)

def not_a_class(name, bases, ns):
    return 42
class G(metaclass=not_a_class):
    pass
print(G)
