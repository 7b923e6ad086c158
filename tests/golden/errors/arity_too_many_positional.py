# f() takes 1 positional argument but 2 were given.
def f(x):
    return x

f(1, 2)
