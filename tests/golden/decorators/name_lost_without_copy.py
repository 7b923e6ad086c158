# Without copying, the decorated function reports the wrapper's name and doc.
def plain(func):
    def wrapper(*args):
        "wrapper doc"
        return func(*args)
    return wrapper

@plain
def square(x):
    "Square a number."
    return x * x

print(square.__name__)
print(square.__qualname__)
print(square.__doc__)
print(square(7))
