# Calling classes with the wrong arguments: CPython's messages for __init__ and __new__.
class NoInit:
    pass
class WithInit:
    def __init__(self, a, b=2, *, c):
        pass
class WithNew:
    def __new__(cls, x):
        return super().__new__(cls)
class Both:
    def __new__(cls, *args):
        return super().__new__(cls)
    def __init__(self, a):
        self.a = a

tests = [
    lambda: NoInit(1), lambda: NoInit(x=1), lambda: WithInit(), lambda: WithInit(1, c=1, d=2),
    lambda: WithInit(1, 2, 3, c=1), lambda: WithNew(), lambda: WithNew(1, 2), lambda: Both(),
    lambda: Both(1, 2), lambda: object(1), lambda: WithInit(1, c=3).__init__(),
]
for t in tests:
    try:
        t()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)
print(Both(5).a, type(WithNew(1)).__name__)
