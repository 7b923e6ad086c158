# An error inside the inner of two stacked decorator wrappers: frames for both wrappers and the function.
def logged(func):
    def wrapper(*args):
        print("calling", func.__name__)
        return func(*args)
    return wrapper

def ints_only(func):
    def wrapper(*args):
        converted = [int(a) for a in args]
        return func(*converted)
    return wrapper

@logged
@ints_only
def add(a, b):
    return a + b

print(add("1", 2))
print(add("1", "two"))
