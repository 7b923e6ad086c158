# A decorator written as a class: counts calls, keeps metadata by hand.
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
        self.__name__ = func.__name__
        self.__doc__ = func.__doc__
    def __call__(self, *args, **kwargs):
        self.calls += 1
        print(f"call {self.calls} of {self.__name__}")
        return self.func(*args, **kwargs)

@CountCalls
def greet(name, punct="!"):
    "Say hi."
    return "hi " + name + punct

print(greet("ada"), greet("bob", punct="?"), greet.calls, greet.__name__, greet.__doc__)
print(type(greet).__name__, isinstance(greet, CountCalls), callable(greet))
