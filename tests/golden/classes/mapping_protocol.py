# A mapping-like class: __getitem__, __setitem__, __delitem__, __contains__, __len__, __iter__.
class Registry:
    def __init__(self):
        self._data = {}
    def __getitem__(self, key):
        print("get", key)
        return self._data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self._data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self._data[key]
    def __contains__(self, key):
        return key in self._data
    def __len__(self):
        return len(self._data)
    def __iter__(self):
        return iter(sorted(self._data))

r = Registry()
r["b"] = 2
r["a"] = 1
r["a"] += 10
print(r["a"], "a" in r, "z" not in r, len(r), list(r), dict.fromkeys(r))
del r["b"]
try:
    r["b"]
except KeyError as e:
    print("KeyError:", e)
x, = r
print(x, sorted(r), [k for k in r])
