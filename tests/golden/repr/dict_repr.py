# repr of dicts with various key types, preserving insertion order.
d = {3: "three", "two": 2, (1, 2): [1, 2], None: None, 1.5: True}
print(d)
d[3] = "changed"
d["new"] = {}
print(d)
print({})
print(dict(a=1, b=2))
