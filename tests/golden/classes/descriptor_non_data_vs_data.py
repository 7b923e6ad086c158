# A non-data descriptor (only __get__) is shadowed by the instance dict; a data descriptor is not.
class NonData:
    def __get__(self, obj, owner):
        return "from NonData"
class Data:
    def __get__(self, obj, owner):
        return "from Data"
    def __set__(self, obj, value):
        print("Data.__set__", value)

class C:
    a = NonData()
    b = Data()

c = C()
print(c.a, c.b)
c.__dict__["a"] = "instance a"
c.__dict__["b"] = "instance b"
print(c.a, c.b)
c.b = 5
print(c.b, C.a)
