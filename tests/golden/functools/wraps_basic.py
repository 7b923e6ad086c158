# functools.wraps keeps the wrapped function's name, doc, qualname, dict and __wrapped__
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

add.extra = 1

def outer():
    @logged
    def inner():
        "inner doc"
        return "in"
    return inner

print(add(1, 2))
print(add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__wrapped__(3, 4))
print(add.__dict__)
i = outer()
print(i.__name__, i.__qualname__, i.__doc__, i())
print(repr(add).startswith("<function add at"))

def plain():
    pass
plain.marker = "m"
@functools.wraps(plain)
def copy():
    pass
print(copy.marker, copy.__wrapped__ is plain)
