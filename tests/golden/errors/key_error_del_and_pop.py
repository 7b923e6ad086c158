# KeyError from del and dict.pop without default.
d = {"a": 1}
print(d.pop("a"))
try:
    del d["a"]
except KeyError as e:
    print("KeyError:", e)
d.pop("missing")
