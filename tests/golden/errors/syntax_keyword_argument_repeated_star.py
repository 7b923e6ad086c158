# SyntaxError: iterable argument unpacking follows keyword argument unpacking.
def f(*args, **kwargs):
    return args, kwargs

opts = {"a": 1}
vals = [1, 2]
print(f(**opts, *vals))
