# __exit__ returning True suppresses the exception; returning False lets it propagate.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("exit saw", exc_type.__name__, exc)
        return exc_type is not None and issubclass(exc_type, self.types)

with Suppress(ZeroDivisionError, KeyError):
    print(1 / 0)
print("continued")
with Suppress(KeyError):
    {}["missing"]
try:
    with Suppress(KeyError):
        int("nope")
except ValueError as e:
    print("propagated:", e)
