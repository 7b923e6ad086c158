# A class's __dict__ is a read-only mappingproxy; print shows the dict, repr the proxy.
class Point:
    dims = 2
    def norm(self):
        return 0

d = Point.__dict__
print(type(d).__name__, len(d) > 3, "dims" in d, "nope" in d)
print(d["dims"], d.get("dims"), d.get("missing", "default"))
print([k for k in d if not k.startswith("__")])
print(sorted(k for k in d.keys() if not k.startswith("__")))
print(repr(d["__dict__"]), d["__weakref__"], d["__module__"], d["__doc__"])
try:
    d["dims"] = 3
except TypeError as e:
    print("TypeError:", e)
class Sub(Point):
    extra = 1
print(Sub.__dict__)
print(str(Sub.__dict__) == str(dict(Sub.__dict__)))
print(repr(Sub.__dict__))
