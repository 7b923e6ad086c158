# functools.wraps copies __module__, __name__, __qualname__, __doc__, __dict__ and sets __wrapped__.
import functools

def deco(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper

@deco
def greet(name):
    """Say hello."""
    return "hi " + name
greet.extra = 1

print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__wrapped__.__name__, greet.__wrapped__("x"), greet("y"))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def tagged(func):
    func.tag = "t"
    return func
@deco
@tagged
def inner():
    pass
print(inner.tag, inner.__dict__ == {"tag": "t", "__wrapped__": inner.__wrapped__})

class C:
    @deco
    def method(self):
        """doc"""
        return self
print(C.method.__qualname__, C().method().__class__.__name__)
