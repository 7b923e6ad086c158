# `raise Cls` instantiates the class with no arguments; `raise Cls("msg")` uses the given instance.
class Empty(Exception):
    pass

for thing in [Empty, Empty("with message"), ValueError, ValueError(1, 2)]:
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
