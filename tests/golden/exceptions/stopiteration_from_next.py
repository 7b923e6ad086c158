# next() on an exhausted iterator raises StopIteration; a default argument avoids it; user __next__ raises it too.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
print(next(it, "default"))

class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration("no more")
        self.done = True
        return "only value"

o = Once()
print(next(o))
try:
    next(o)
except StopIteration as e:
    print("StopIteration:", e, e.args)
print(next(o, "fallback"), list(Once()))
