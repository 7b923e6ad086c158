# SyntaxError: duplicate argument in function definition.
def f(x, y, x):
    return x
