# `with a, b:` enters left to right and exits right to left, also when the body raises.
class Step:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)

with Step("a") as a, Step("b") as b:
    print("body", a, b)
try:
    with Step("x"), Step("y"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
