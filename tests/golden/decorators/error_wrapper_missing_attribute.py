# A wrapper without functools.wraps does not carry attributes: AttributeError naming the wrapper's type.
def deco(func):
    def wrapper(*args):
        return func(*args)
    return wrapper

class Deco:
    def __init__(self, func):
        self.func = func
    def __call__(self, *args):
        return self.func(*args)

@deco
def f():
    pass

@Deco
def g():
    pass

try:
    print(f.calls)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(g.__name__)
except AttributeError as e:
    print("AttributeError:", e)
print(g.func.__name__)
