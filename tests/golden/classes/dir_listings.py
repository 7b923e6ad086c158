# dir() on instances, classes and without arguments, sorted like CPython.
class Base:
    base_attr = 1
    def base_method(self):
        pass

class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self):
        pass

print([n for n in dir(Child()) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(dir(object()) == dir(object), len(dir(object)) > 20, "__init__" in dir(Child))
def local_scope():
    a = 1
    b = 2
    return dir()
print(local_scope())
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
print([n for n in dir(Child()) if n.startswith("__d")])
