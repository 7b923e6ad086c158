# Exceptions keep args, accept attributes, chain with `from`, and work as keys.
class ParseError(ValueError):
    pass

try:
    try:
        int("x")
    except ValueError as inner:
        raise ParseError("bad input", 3) from inner
except ParseError as e:
    print(e, e.args, type(e.__cause__).__name__, e.__suppress_context__)
    e.line = 7
    print(e.line, vars(e), isinstance(e, ValueError))
err = ParseError("a")
print(repr(err), str(ParseError()), repr(ParseError(1, 2)), hash(err) == hash(err))
print({err: "key"}[err], err == err, err != ParseError("a"))
class WithDefaults(Exception):
    def __init__(self, msg="default message", *, code=0):
        super().__init__(msg)
        self.code = code
print(WithDefaults(), WithDefaults(code=3).code, WithDefaults("m").args)
try:
    ParseError(x=1)
except TypeError as e:
    print("TypeError:", e)
