# __getattribute__ intercepts every attribute read, including methods; object.__getattribute__ delegates.
class Logged:
    def __init__(self):
        self.x = 1
    def method(self):
        return "m"
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)

l = Logged()
print(l.x)
print(l.method())
print(getattr(l, "x"), hasattr(l, "nope"))
print(len(repr(l)) > 0)

class Fallback:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback:{name}"
f = Fallback()
print(f.secret, f.other, f.__class__.__name__)

class Broken:
    def __getattribute__(self, name):
        raise KeyError(name)
try:
    Broken().x
except KeyError as e:
    print("KeyError:", e)
print(type(Broken()).__name__)
