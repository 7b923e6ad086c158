# dir() on instances, classes and subclasses: sorted, including inherited and instance names.
class Base:
    base_attr = 1
    def base_method(self):
        pass

class Child(Base):
    _private = 2
    def __init__(self):
        self.zeta = 1
        self.alpha = 2
    def child_method(self):
        pass

c = Child()
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(len(dir(Child)) == len(set(dir(Child))), dir(c) == sorted(dir(c)))
print([n for n in dir(Base()) if n.startswith("__")])

class Custom:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Custom()))

class Wrong:
    def __dir__(self):
        return 5
try:
    dir(Wrong())
except TypeError as e:
    print("TypeError:", e)
print("x" in dir(type("T", (), {"x": 1})))
