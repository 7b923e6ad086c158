# __call__ makes instances callable; callable() reports it.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, plus=0):
        return x * self.k + plus

double = Multiplier(2)
print(double(5), double(5, plus=1), list(map(double, [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))
print(callable(double), callable(Multiplier), callable(Multiplier.__call__), callable(5), callable(object()))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
try:
    double()
except TypeError as e:
    print("TypeError:", e)
class Later:
    pass
obj = Later()
obj.__call__ = lambda: "instance attribute"
print(callable(obj))
try:
    obj()
except TypeError as e:
    print("TypeError:", e)
Later.__call__ = lambda self: "class attribute"
print(callable(obj), obj())
