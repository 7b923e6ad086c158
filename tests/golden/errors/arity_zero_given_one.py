# f() takes 0 positional arguments but 1 was given.
def greet():
    print("hi")

greet("bob")
