# repr of cells and code objects (addresses normalized).
def outer():
    x = 42
    def inner():
        return x
    return inner

f = outer()
print(f.__closure__[0])
print(type(f.__code__).__name__)
print(f.__code__.co_name)
