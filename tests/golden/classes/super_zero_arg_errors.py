# Zero-argument super(): the __class__ cell, use outside a method, in static methods and lambdas.
class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()
    def cls_cell(self):
        return __class__
    def via_lambda(self):
        return (lambda: super().who())()
    @staticmethod
    def static():
        try:
            return super().who()
        except RuntimeError as e:
            return f"RuntimeError: {e}"
    @classmethod
    def clsm(cls):
        return super().who

print(B().who(), B().cls_cell(), B.static())
try:
    B().via_lambda()
except RuntimeError as e:
    print("RuntimeError:", e)
print(B.clsm())
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
class C(B):
    pass
print(C().who(), super(B, C()).who(), super(C, C()).who())
try:
    super(B, A())
except TypeError as e:
    print("TypeError:", e)
print(super(B, B()))
