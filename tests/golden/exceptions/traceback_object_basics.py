# __traceback__ is None before raising and a traceback object after.
e = ValueError("never raised")
print(e.__traceback__)
try:
    raise e
except ValueError as caught:
    tb = caught.__traceback__
    print(type(tb).__name__, repr(tb).startswith("<traceback object at 0x"), tb is not None)
print("caught" in globals(), e.__traceback__ is None)
print(e.with_traceback(None) is e, e.__traceback__)
try:
    e.__traceback__ = 42
except TypeError as t:
    print(t)
