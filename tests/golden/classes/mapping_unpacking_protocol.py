# Mappings that are not dicts in `**` unpacking, dict(), update(); dict subclasses overriding __iter__/keys.
class Mapping:
    def __init__(self, **data):
        self.data = data
    def keys(self):
        return list(self.data)
    def __getitem__(self, k):
        return self.data[k] * 10

def f(**kw):
    return kw

m = Mapping(a=1, b=2)
print({**m}, f(**m), dict(m), {**m, "c": 3}, f(c=0, **m))
d = {}
d.update(m)
print(d)
for bad in (lambda: {**[1]}, lambda: f(**[1]), lambda: f(**m, a=5), lambda: dict([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

class D(dict):
    def __iter__(self):
        return iter(["k"])
    def keys(self):
        return ["k"]
    def __getitem__(self, k):
        return "v:" + k
d = D(a=1)
print(list(d), dict(d), {**d}, f(**d), list(d.items()), len(d), set(d), sorted(d))

class KeysOnly(dict):
    def keys(self):
        return ["ignored"]
k = KeysOnly(x=1)
print(dict(k), {**k}, f(**k), list(k))
