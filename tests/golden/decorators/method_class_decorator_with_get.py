# Adding __get__ to a class-based decorator makes it bind like a method (using a closure to forward the instance).
class Traced:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)

    def __get__(self, instance, owner):
        if instance is None:
            return self
        def bound(*args):
            return self(instance, *args)
        return bound

class Greeter:
    def __init__(self, name):
        self.name = name

    @Traced
    def hello(self, punct="!"):
        return "hello " + self.name + punct

g = Greeter("Bob")
print(g.hello())
print(g.hello("?"))
print(Greeter.hello.calls)
print(type(Greeter.__dict__["hello"]).__name__)
