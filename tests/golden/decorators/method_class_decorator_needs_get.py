# A class-based decorator on a method only receives self if it defines __get__ (functions are descriptors, instances are not).
class NoGet:
    def __init__(self, func):
        self.func = func

    def __call__(self, *args):
        return self.func(*args)

class Greeter:
    def __init__(self, name):
        self.name = name

    @NoGet
    def hello(self):
        return "hello " + self.name

g = Greeter("Bob")
try:
    print(g.hello())
except TypeError as e:
    print("TypeError:", e)
print(g.hello(g))
