# SyntaxError: '[' was never closed, inside a function body.
def make():
    items = [1, 2,
    return items
