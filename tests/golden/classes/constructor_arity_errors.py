# Calling classes with the wrong arguments: CPython's messages.
class NoInit:
    pass

class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

class KwOnly:
    def __init__(self, *, name):
        self.name = name

cases = [
    lambda: NoInit(1),
    lambda: NoInit(a=1),
    lambda: Point(),
    lambda: Point(1, 2, 3),
    lambda: Point(1, z=3),
    lambda: Point(1, x=2),
    lambda: KwOnly("n"),
    lambda: KwOnly(),
    lambda: object(1),
    lambda: Point.__init__(),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print("TypeError:", e)
print(Point(5).x, KwOnly(name="k").name)
