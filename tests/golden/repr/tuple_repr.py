# repr of tuples: the 1-tuple keeps its comma; empty tuple is ().
print((1,))
print(())
print((1, 2))
print(((),))
print(tuple("ab"))
print(("x",), [(1,)])
print(1,)
