# A decorator written as a class with __call__ and __get__ so it works on methods too.
import functools

class logged:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        print(f"call {self.func.__name__}{args}")
        return self.func(*args, **kwargs)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)

@logged
def add(a, b):
    return a + b

class Calc:
    def __init__(self, k):
        self.k = k
    @logged
    def times(self, x):
        return self.k * x

print(add(1, 2), add.calls, add.__name__)
c = Calc(3)
print(c.times(4), Calc.times.calls, type(Calc.__dict__["times"]).__name__, Calc.times.__name__)
