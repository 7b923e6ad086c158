# vars() with an instance, a class (mappingproxy), no __dict__ and no argument.
class A:
    k = 1
    def __init__(self):
        self.a = 1

a = A()
print(vars(a), vars(a) is a.__dict__)
vars(a)["b"] = 2
print(a.b)
v = vars(A)
print(type(v).__name__, v["k"], "__init__" in v)
for x in (5, "s", [1]):
    try:
        vars(x)
    except TypeError as e:
        print("TypeError:", e)
try:
    vars(a, a)
except TypeError as e:
    print("TypeError:", e)

def f():
    local = 1
    return sorted(vars())
print(f())

class Slotted:
    __slots__ = ("x",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
