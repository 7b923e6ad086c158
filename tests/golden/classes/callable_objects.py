# callable() on functions, classes, instances with and without __call__, and bound methods.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n

class Plain:
    def method(self):
        return 1

add5 = Adder(5)
print(add5(10), list(map(add5, [1, 2])))
print(callable(add5), callable(Plain()), callable(Plain), callable(Plain().method), callable(len))
print(sorted([3, 1, 2], key=Adder(-1)))
