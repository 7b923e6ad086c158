# An exception in __set_name__ is wrapped in a RuntimeError (Python 3.11).
class Strict:
    def __set_name__(self, owner, name):
        if name.startswith("_"):
            raise ValueError(f"private name {name!r}")

try:
    class Model:
        ok = Strict()
        _bad = Strict()
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
