# __defaults__ and __kwdefaults__ reflect defaults; they can be replaced.
def f(a, b=2, c=3, *, d=4, e):
    return a, b, c, d, e

print(f.__defaults__)
print(f.__kwdefaults__)
f.__defaults__ = (20, 30)
print(f(1, e=5))

def g(x):
    return x

print(g.__defaults__, g.__kwdefaults__)
