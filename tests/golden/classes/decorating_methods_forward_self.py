# Function decorators on methods: the wrapper receives and forwards self.
def logged(func):
    def wrapper(self, *args, **kwargs):
        print(f"{type(self).__name__}.{func.__name__}{args}")
        return func(self, *args, **kwargs)
    return wrapper

def returns_self(func):
    def wrapper(*args, **kwargs):
        func(*args, **kwargs)
        return args[0]
    return wrapper

class Builder:
    def __init__(self):
        self.parts = []
    @logged
    @returns_self
    def add(self, part):
        self.parts.append(part)
    @logged
    def build(self, sep="-"):
        return sep.join(self.parts)

b = Builder().add("a").add("b")
print(b.build(), b.build(sep="+"))
print(Builder.add.__name__, Builder().add)
