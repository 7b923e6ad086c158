# repr of sets and frozensets of small ints (deterministic order) and of empty ones.
print({3, 1, 2})
print(set())
print(frozenset())
print(frozenset({5, 4}))
print({(1, 2), (1, 2)})
print(set([1, 1, 1]))
print([set(), frozenset([1])])
