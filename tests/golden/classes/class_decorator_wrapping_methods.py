# A class decorator that wraps every method to trace calls.
def trace_methods(cls):
    for name, value in list(vars(cls).items()):
        if callable(value) and not name.startswith("__"):
            def make(fn, name=name):
                def traced(self, *args):
                    result = fn(self, *args)
                    print(f"{cls.__name__}.{name}{args} -> {result!r}")
                    return result
                return traced
            setattr(cls, name, make(value))
    return cls

@trace_methods
class Calc:
    def __init__(self, start):
        self.value = start
    def add(self, n):
        self.value += n
        return self.value
    def double(self):
        self.value *= 2
        return self.value

c = Calc(1)
c.add(4)
c.double()
print(c.value, sorted(k for k in vars(Calc) if not k.startswith("__")))
