# Functions added to a class after creation become methods; functions stored on an instance do not bind.
class Box:
    def __init__(self, v):
        self.v = v

def show(self):
    return f"Box({self.v})"

Box.show = show
b = Box(3)
print(b.show())
b.tag = lambda: "instance lambda, no self"
print(b.tag())
b.bad = show
try:
    b.bad()
except TypeError as e:
    print("TypeError:", e)
