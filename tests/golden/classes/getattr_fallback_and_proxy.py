# __getattr__ runs only for missing attributes: defaults and delegation.
class Defaults:
    known = "class value"
    def __init__(self):
        self.real = "instance value"
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return f"default for {name}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

d = Defaults()
print(d.real, d.known, d.opt_color, getattr(d, "opt_x"), hasattr(d, "opt_y"), hasattr(d, "zzz"))
try:
    d.zzz
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(d, "zzz", "fallback"))

class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []
    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls, p.index(3), len(p._target))
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
