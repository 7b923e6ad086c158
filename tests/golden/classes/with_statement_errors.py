# Objects that are not context managers, and errors raised by __exit__.
class NoExit:
    def __enter__(self):
        return self

class NoEnter:
    def __exit__(self, *a):
        pass

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("exit failed")

for cm in (5, NoExit(), NoEnter(), object()):
    try:
        with cm:
            pass
    except TypeError as e:
        print("TypeError:", e)
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
try:
    with ExitRaises():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, e.__context__)
