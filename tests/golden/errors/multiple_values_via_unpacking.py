# Multiple values for an argument coming from ** unpacking.
def f(a, b):
    return a, b

args = {"a": 1, "b": 2}
f(0, **args)
