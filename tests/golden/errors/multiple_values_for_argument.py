# f() got multiple values for argument 'x'.
def f(x, y):
    return x, y

f(1, x=2)
