# The C3 MRO of a diamond: D(B, C) with B(A), C(A) gives D, B, C, A, object; mro() equals __mro__.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass

print(D.__mro__)
print(D.mro() == list(D.__mro__))
print(D().who())
print([k.__name__ for k in C.mro()])
