# dict subclasses: __missing__ for defaults, overridden __setitem__, keeping dict behaviour.
class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for ch in "banana":
    c[ch] += 1
print(c, c["z"], "z" in c, len(c), sorted(c.items()), type(c).__name__)
print(c.get("z", "get ignores __missing__"), dict(c) == c, isinstance(c, dict))

class AutoTree(dict):
    def __missing__(self, key):
        value = self[key] = AutoTree()
        return value

t = AutoTree()
t["a"]["b"]["c"] = 1
print(t, list(t["a"]))

class UpperKeys(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = UpperKeys()
u["name"] = "x"
u.update(other=1)
print(u, UpperKeys(a=1), {**u}, u | {"k": 2}, type(u | {}).__name__)
