# repr of nested lists, tuples and dicts.
data = [1, [2, [3, [4]]], (5, (6,)), {"k": [7, {"deep": (8, 9)}]}]
print(data)
print(repr(data) == str(data))
print([[], [[]], (), ((),), {}])
print({"a": {"b": {"c": {}}}})
