# Lookup order: data descriptors beat the instance dict, which beats non-data descriptors and class attributes.
class Data:
    def __get__(self, obj, owner):
        return "data"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class NonData:
    def __get__(self, obj, owner):
        return "nondata"

class A:
    d = Data()
    n = NonData()
    c = "class"
    def m(self):
        return "method"

a = A()
a.__dict__.update(d="inst-d", n="inst-n", c="inst-c", m="inst-m")
print(a.d, a.n, a.c, a.m)
a.d = 5
print(a.__dict__["d"], A.d, A.n, A.c)
del a.n, a.c, a.m
print(a.n, a.c, a.m())
a.m = lambda: "instance function"
print(a.m(), A.m(a))
