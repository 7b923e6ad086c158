# Decorators stacked with property, classmethod and staticmethod, in both orders.
import functools

def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return str(func(*args, **kwargs)).upper()
    return wrapper

class Greeter:
    name = "ann"
    def __init__(self, greeting):
        self.greeting = greeting
    @property
    @shout
    def message(self):
        return f"{self.greeting} {self.name}"
    @classmethod
    @shout
    def kind(cls):
        return cls.__name__
    @staticmethod
    @shout
    def helper(x):
        return x

g = Greeter("hi")
print(g.message, Greeter.kind(), g.kind(), Greeter.helper("ok"), g.helper("x"))
print(type(Greeter.__dict__["message"]).__name__, Greeter.__dict__["kind"].__func__.__name__)
