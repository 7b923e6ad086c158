# The args tuple of exceptions created with zero, one and several arguments; str() of each.
for exc in [ValueError(), ValueError("one"), ValueError("a", 2), ValueError(None), ValueError(("t",))]:
    print(repr(exc.args), "|", str(exc), "|", repr(exc))
e = RuntimeError("x")
e.args = ("changed", "twice")
print(e, e.args)
