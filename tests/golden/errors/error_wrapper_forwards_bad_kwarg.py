# A wrapper forwarding **kwargs: the unexpected keyword is reported for the wrapped function.
def trace(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper

@trace
def area(width, height):
    return width * height

print(area(2, height=3))
print(area(2, hieght=3))
