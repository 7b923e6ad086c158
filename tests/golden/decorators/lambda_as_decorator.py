# Any expression can be a decorator: a lambda, a subscript, a call.
decorators = [lambda f: lambda *a: f(*a) * 2, lambda f: f]

@decorators[0]
def three():
    return 3

@(lambda f: lambda x: f(x) + 1)
def inc(x):
    return x

print(three(), inc(10))
