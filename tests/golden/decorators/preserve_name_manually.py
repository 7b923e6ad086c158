# Copying __name__, __doc__ and __qualname__ onto the wrapper by hand (no functools).
def logged(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__wrapped__ = func
    return wrapper

@logged
def add(a, b):
    "Add two numbers."
    return a + b

print(add.__name__, add.__qualname__, add.__doc__)
print(add.__wrapped__(2, 3), add(4, 5))
print(add.__wrapped__.__name__)
