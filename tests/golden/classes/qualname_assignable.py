# __qualname__ and __name__ of classes can be reassigned; a class body may set __qualname__.
class A:
    __qualname__ = "Renamed"
print(A.__qualname__, A.__name__, A)
A.__name__ = "B"
print(A.__name__, A.__qualname__, repr(A))
A.__qualname__ = "X.Y"
print(A, A().__class__.__qualname__)
try:
    A.__qualname__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    A.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    class C:
        __qualname__ = 3
except TypeError as e:
    print("TypeError:", e)
