# Class bodies: names see module globals, not class attributes, from methods, comprehensions and lambdas.
x = "global"
class A:
    x = "class"
    y = x + "!"
    items = [x for _ in range(1)]
    f = lambda self: x
    def method(self):
        return x
    def uses_class(self):
        return self.x, A.x, type(self).x

def outer():
    x = "enclosing"
    class B:
        x = "class B"
        def m(self):
            return x
        z = x
    return B

print(A.y, A.items, A().f(), A().method(), A().uses_class())
B = outer()
print(B().m(), B.z)
class C:
    try:
        missing_name
    except NameError as e:
        msg = str(e)
print(C.msg)
