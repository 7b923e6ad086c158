# Assigning __class__ between classes of the same layout, and the errors for other targets.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class S:
    __slots__ = ("x",)
class L(list): pass
a = A()
a.v = 1
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), a.v)
for val in (1, int, S, L):
    try:
        a.__class__ = val
    except TypeError as e: print("TypeError:", e)
try:
    (1).__class__ = B
except TypeError as e: print("TypeError:", e)
l = L()
class L2(list): pass
l.__class__ = L2
print(type(l).__name__)
