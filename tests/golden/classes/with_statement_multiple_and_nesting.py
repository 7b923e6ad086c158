# Several context managers in one with statement exit in reverse order.
class Tag:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        print(f"<{self.name}>")
        if self.fail:
            raise RuntimeError(f"cannot enter {self.name}")
        return self.name
    def __exit__(self, *exc):
        print(f"</{self.name}>", exc[0].__name__ if exc[0] else None)

with Tag("a") as a, Tag("b") as b:
    print("body", a, b)
with Tag("outer"):
    with Tag("inner"):
        print("nested")
try:
    with Tag("x"), Tag("y", fail=True), Tag("z"):
        print("unreached")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with Tag("p"), Tag("q"):
        raise ValueError("body error")
except ValueError as e:
    print("ValueError:", e)
