# SyntaxError: name is parameter and nonlocal.
def outer():
    y = 1
    def inner(y):
        nonlocal y
    return inner
