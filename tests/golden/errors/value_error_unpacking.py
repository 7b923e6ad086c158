# Unpacking errors: too many values to unpack (expected 2); no markers when the statement is the whole line.
pairs = [("a", 1), ("b", 2), ("c", 3, "extra")]
for p in pairs:
    key, value = p
    print(key, value)
