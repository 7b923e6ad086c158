# Several * and ** unpackings in one call, mixed with plain arguments.
def show(*args, **kwargs):
    return args, kwargs

a = [1, 2]
b = (3,)
print(show(0, *a, 9, *b))
print(show(*"ab", **{"x": 1}, y=2, **{"z": 3}))
print(show(*range(3), *[], **{}))
