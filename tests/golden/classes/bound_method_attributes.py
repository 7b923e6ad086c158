# Bound methods have __self__ and __func__; every access creates a new bound method that compares equal.
class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello " + self.name

g = Greeter("Ann")
m = g.hello
print(m(), m.__self__ is g, m.__func__ is Greeter.hello)
print(m.__name__, m.__qualname__)
print(g.hello == g.hello, g.hello is g.hello)
print(Greeter.hello(g))
h = Greeter("Bo").hello
print(h())
print(list(map(Greeter.hello, [g, Greeter("Cy")])))
