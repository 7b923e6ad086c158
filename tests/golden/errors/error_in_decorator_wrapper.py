# An error raised in a decorated function shows the wrapper frame too.
def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper

@logged
def divide(a, b):
    return a // b

print(divide(7, 2))
print(divide(7, 0))
