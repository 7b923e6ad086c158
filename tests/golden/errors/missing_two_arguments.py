# f() missing 2 required positional arguments: 'x' and 'y'.
def f(x, y):
    return x + y

f()
