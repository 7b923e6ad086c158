# Raising an older exception while handling a newer one: CPython cuts the context cycle.
try:
    raise ValueError("a")
except ValueError as a:
    try:
        raise TypeError("b")
    except TypeError as b:
        try:
            raise a
        except ValueError as again:
            print(again is a)
            print(repr(a.__context__), repr(b.__context__))
