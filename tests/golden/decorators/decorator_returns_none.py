# A decorator that forgets to return the wrapper makes the name None.
def broken(func):
    def wrapper(*args):
        return func(*args)

@broken
def greet(name):
    return "hi " + name

print(greet)
greet("bob")
