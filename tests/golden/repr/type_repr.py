# repr of type objects.
print(int, float, str, bool, list, tuple, dict, set, frozenset)
print(type(None), type(range(1)), type(slice(1)))
print(type(1), type("x"), type([]), type(()), type({}))
print([int, str])
