# Too many positional arguments when keyword-only arguments were also passed.
def f(a, *, key=None):
    return a

f(1, 2, key=3)
