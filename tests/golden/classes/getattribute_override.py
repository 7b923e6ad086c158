# __getattribute__ intercepts every read; object.__getattribute__ does the real lookup.
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("read", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.x + 1

o = Logged()
print(o.x)
print(o.method())
try:
    o.missing
except AttributeError as e:
    print("AttributeError:", e)

class WithFallback:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback({name})"
w = WithFallback()
print(w.secret, w.other, w.__class__.__name__)
