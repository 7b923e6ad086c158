# SyntaxError: name used prior to nonlocal declaration.
def outer():
    n = 0
    def inner():
        print(n)
        nonlocal n
    return inner
