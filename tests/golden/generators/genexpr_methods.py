# Generator expressions are generators too: send(None), throw() and close().
squares = (n * n for n in range(5))
print(next(squares), squares.send(None))
squares.close()
print(list(squares))
g = (c.upper() for c in "abc")
print(next(g))
try:
    g.throw(KeyError("stop here"))
except KeyError as e:
    print("KeyError", e)
print(list(g))
h = (x for x in [1, 2])
try:
    h.throw(ValueError)
except ValueError as e:
    print("ValueError", repr(e))
print(type(h).__name__, hasattr(h, "close"))
