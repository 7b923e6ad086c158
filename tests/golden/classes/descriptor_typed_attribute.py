# A data descriptor with __set_name__ validating types, stored in the instance dict.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        del obj.__dict__[self.name]

class Item:
    name = Typed(str)
    price = Typed(float)
    def __init__(self, name, price):
        self.name = name
        self.price = price

i = Item("pen", 1.5)
print(i.name, i.price, i.__dict__, type(Item.name).__name__, Item.price.kind)
try:
    i.price = "free"
except TypeError as e:
    print("TypeError:", e)
i.__dict__["name"] = "direct"
print(i.name)
del i.name
print("name" in i.__dict__)
