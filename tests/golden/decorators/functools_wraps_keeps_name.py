# functools.wraps copies __name__, __doc__ and sets __wrapped__ on the wrapper.
import functools

def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper

@shout
def greet(name):
    """Return a greeting."""
    return f"hello {name}"

print(greet("world"))
print(greet.__name__)
print(greet.__doc__)
print(greet.__wrapped__("quiet"))
print(greet.__qualname__)
