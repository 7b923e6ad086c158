# A class decorator factory: @register("key") stores the class under an explicit key.
handlers = {}

def register(kind):
    def deco(cls):
        handlers[kind] = cls
        cls.kind = kind
        return cls
    return deco

@register("circle")
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3 * self.r * self.r

@register("square")
class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

for kind, size in [("circle", 2), ("square", 3)]:
    shape = handlers[kind](size)
    print(shape.kind, shape.area())
print(list(handlers))
