# __set_name__ is called at class creation with the owner and the attribute name, in order.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class Model:
    x = Field()
    y = Field()
    z = 3

m = Model()
m.x = 1
print(m.x, m.y, Model.x.name)

class Later:
    pass
f = Field()
Later.w = f
print(hasattr(f, "name"))
f.__set_name__(Later, "w")
print(Later().w)

class NotCalledOnInstance:
    def __set_name__(self, owner, name):
        print("should not appear")
class Holder:
    pass
h = Holder()
h.attr = NotCalledOnInstance()
print("done")
