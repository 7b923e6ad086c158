# Default reprs of classes, instances, methods and bound methods (addresses are normalized by the runner).
class A:
    def f(self):
        pass

a = A()
print(A)
print(a)
print(A.f)
print(a.f)
print(repr(a) == str(a))
print(type(a), type(A), type(a.f).__name__)
