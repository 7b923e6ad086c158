# isinstance/issubclass with nested tuples, builtin bases and error cases.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, (int, A))), issubclass(B, ((C,), A)), isinstance(b, ()), issubclass(bool, (str, int)))
print(isinstance(True, int), isinstance(B, type), issubclass(B, object), issubclass(type, object))
for f in (lambda: isinstance(b, b), lambda: issubclass(b, A), lambda: issubclass(B, (A, 1)), lambda: isinstance(1, (int, 2))):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(type(b) is B, b.__class__ is B, type(B) is type, B.__bases__, A.__subclasses__())
