# Class bodies: own namespace, read globals, not visible to methods by bare name.
x = "global x"
class C:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    def method_y(self):
        try:
            return y
        except NameError as e:
            return "NameError: " + str(e)
    z = [x for _ in range(1)]
print(C.x, C.y, C().method(), C().method_y(), C.z)
def outer():
    v = "outer v"
    class K:
        v = "class v"
        w = v
        def get(self):
            return v
    return K
K = outer()
print(K.v, K.w, K().get())
class Counter:
    n = 0
    for i in range(3):
        n += i
    del i
print(Counter.n, hasattr(Counter, "i"))
