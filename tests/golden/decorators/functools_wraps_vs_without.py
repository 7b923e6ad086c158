# Side by side: a wrapper without functools.wraps loses the name and docstring, one with it keeps them.
from functools import wraps

def plain(func):
    def wrapper(*args):
        return func(*args)
    return wrapper

def proper(func):
    @wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper

@plain
def area(r):
    "Area of a square of side r."
    return r * r

@proper
def volume(r):
    "Volume of a cube of side r."
    return r ** 3

for f in (area, volume):
    print(f.__name__, "|", f.__doc__, "|", f(2))
print(hasattr(area, "__wrapped__"), hasattr(volume, "__wrapped__"))
