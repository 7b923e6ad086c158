# A true __exit__ result suppresses the exception; the exception details are passed in.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("clean exit")
            return None
        print("exit saw", exc_type.__name__, exc.args, isinstance(exc, exc_type))
        return issubclass(exc_type, self.types)

with Suppress(ZeroDivisionError):
    print(1 / 0)
print("after suppressed")
with Suppress(ValueError):
    pass
try:
    with Suppress(ValueError):
        [][1]
except IndexError as e:
    print("escaped:", e)
def f():
    with Suppress(KeyError):
        {}["x"]
        return "not returned"
    return "fell through"
print(f())
