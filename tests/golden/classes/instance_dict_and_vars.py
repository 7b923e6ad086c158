# Per-instance __dict__, vars(), and adding/removing attributes dynamically.
class Bag:
    kind = "bag"
    def __init__(self):
        self.items = []

b = Bag()
print(b.__dict__, vars(b) is b.__dict__)
b.color = "red"
b.__dict__["size"] = 3
print(b.size, vars(b))
del b.color
print(hasattr(b, "color"), vars(b))
b.__dict__ = {"replaced": True}
print(b.replaced, hasattr(b, "items"), b.kind)
try:
    b.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)
try:
    del b.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(vars(Bag)["kind"], type(vars(Bag)).__name__)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
