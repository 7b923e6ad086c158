# SyntaxError: nonlocal cannot refer to a module-level name.
total = 0

def add():
    nonlocal total
    total += 1
