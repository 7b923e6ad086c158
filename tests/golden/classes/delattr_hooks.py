# __delattr__ hooks for `del obj.x` and delattr(); the default errors.
class Guard:
    def __init__(self):
        self.a = 1
        self.b = 2
    def __delattr__(self, name):
        if name == "a":
            raise AttributeError(f"cannot delete {name}")
        print("deleting", name)
        super().__delattr__(name)

g = Guard()
del g.b
try:
    del g.a
except AttributeError as e:
    print("AttributeError:", e)
delattr(g, "a") if False else None
try:
    del g.zzz
except AttributeError as e:
    print("AttributeError:", e)
print(vars(g))

class Plain:
    cls_attr = 1
p = Plain()
try:
    del p.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
del Plain.cls_attr
print(hasattr(Plain, "cls_attr"))
try:
    del Plain.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(p, 3)
except TypeError as e:
    print("TypeError:", e)
