# Nested with statements: the inner __exit__ sees the exception first; a suppressing outer one ends it.
class Guard:
    def __init__(self, name, swallow):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, "with", repr(ev))
        return self.swallow

with Guard("outer", True):
    with Guard("inner", False):
        raise KeyError("k")
    print("not reached")
print("done")
