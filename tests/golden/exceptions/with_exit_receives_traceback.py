# __exit__ receives the exception type, value and a traceback object; returning True suppresses.
class Guard:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit:", exc_type.__name__ if exc_type else None, repr(exc), type(tb).__name__)
        return self.suppress

with Guard(False):
    print("no error")
with Guard(True):
    raise ValueError("swallowed")
print("after suppressed")
with Guard(False):
    {}["gone"]
