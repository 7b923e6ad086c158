# repr of range and slice objects.
print(range(5), range(1, 10), range(0, 10, 2), range(-3))
print(slice(1, 2), slice(None, 5, -1), slice(3))
print([range(2)])
