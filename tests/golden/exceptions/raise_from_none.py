# `raise ... from None` hides the context when printed: __cause__ is None and __suppress_context__ is True.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry {key!r}") from None

try:
    lookup({}, "x")
except LookupError as e:
    print(repr(e))
    print(e.__cause__, e.__suppress_context__)
    print(repr(e.__context__))
