# super(type, obj), super(type, type) in classmethods, and the super object itself.
class A:
    def who(self):
        return "A"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"

class B(A):
    def who(self):
        return "B>" + super(B, self).who()
    @classmethod
    def make(cls):
        return "B>" + super().make()

class C(B):
    def who(self):
        return "C>" + super(B, self).who()

print(B().who(), C().who(), B.make(), C.make())
s = super(B, C())
print(s)
print(super(B, B))
print(super(B))
print(s.who(), super(C, C).make())
print(super(A, B()).__thisclass__, type(super(A, B()).__self__).__name__)
