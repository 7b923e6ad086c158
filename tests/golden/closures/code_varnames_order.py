# co_varnames lists parameters first (positional, keyword-only, *args, **kwargs), then locals.
def f(a, b=1, *args, c, d=2, **kwargs):
    x = 1
    y = 2
    return x + y

print(f.__code__.co_varnames)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount)

def g():
    for i in range(3):
        total = i
    return total

print(g.__code__.co_varnames)
