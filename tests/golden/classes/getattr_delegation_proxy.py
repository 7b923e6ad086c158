# A proxy delegating unknown attributes to a wrapped object with __getattr__, and logging __setattr__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        setattr(self._target, name, value)

class Box:
    def __init__(self):
        self.items = []

b = Box()
p = Proxy(b)
p.items.append(1)
p.label = "tools"
print(b.items, b.label, p.label)
print(sorted(vars(p)))
try:
    p.size
except AttributeError as e:
    print("AttributeError:", e)
