# f() missing 1 required positional argument: 'y'.
def f(x, y):
    return x + y

f(1)
