# SyntaxError: expected ':' after a def header.
def greet(name)
    print("hi", name)
