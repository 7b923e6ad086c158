# Counting calls of a decorated function: closure with a function attribute vs a class instance attribute.
def counted(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper

class Counted:
    def __init__(self, func):
        self.func = func
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)

@counted
def double(x):
    return 2 * x

@Counted
def triple(x):
    return 3 * x

print([double(i) for i in range(4)], [triple(i) for i in range(2)])
print(double.calls, triple.calls)
print(type(double).__name__, type(triple).__name__)
