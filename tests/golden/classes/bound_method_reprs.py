# Reprs of bound methods, classmethods, staticmethods and builtin methods.
class A:
    def f(self):
        pass
    @classmethod
    def c(cls):
        pass
    @staticmethod
    def s():
        pass
    def __repr__(self):
        return "A()"

class B(A):
    pass

a, b = A(), B()
print(a.f)
print(b.f)
print(A.c, B.c)
print(A.s)
print(A.f)
print([].append)
print(a.f.__self__, a.f.__func__ is A.f, A.c.__self__, B.c.__func__ is A.c.__func__)
print(a.f == a.f, a.f is a.f, a.f == b.f, hash(a.f) == hash(a.f))
print(a.__init__)
print(object().__init__)
print(a.__repr__)
