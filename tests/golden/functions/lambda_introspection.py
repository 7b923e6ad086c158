# A lambda is a function named <lambda>.
f = lambda x, y=2: x + y
print(f.__name__, f.__qualname__)
print(f.__defaults__, f.__code__.co_argcount, f.__code__.co_varnames)
print(f.__doc__)
print(type(f))
print(f)
