# super(Class, obj) with explicit arguments skips past Class in obj's MRO.
class A:
    def name(self):
        return "A"
class B(A):
    def name(self):
        return "B"
class C(B):
    def name(self):
        return "C"

c = C()
print(c.name(), super(C, c).name(), super(B, c).name())
print(super(C, C).name(c))
