# functools.update_wrapper inside a class-based decorator copies the function's metadata onto the instance.
import functools

class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

@CountCalls
def square(x):
    """Square a number."""
    return x * x

print(square(4), square(5))
print(square.calls)
print(square.__name__, "-", square.__doc__)
print(square.__wrapped__ is square.func)
