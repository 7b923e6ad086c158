# A proxy forwarding reads with __getattr__ and writes with __setattr__ via object.__setattr__.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)

class Target:
    def __init__(self):
        self.a = 1
    def hello(self):
        return f"hello {self.a}"

t = Target()
p = Proxy(t)
p.a = 5
print(p.a, p.hello(), t.a, hasattr(p, "nope"))
del p.a
print(hasattr(t, "a"), p._log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
