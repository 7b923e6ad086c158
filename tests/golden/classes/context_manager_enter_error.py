# If __enter__ raises, the body and __exit__ do not run; a missing __exit__ is a TypeError in 3.11.
class Broken:
    def __enter__(self):
        raise OSError("cannot open")
    def __exit__(self, *a):
        print("exit (never)")

class NoExit:
    def __enter__(self):
        return self

try:
    with Broken():
        print("body (never)")
except OSError as e:
    print("OSError:", e)
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
