# A dict-like container implementing __getitem__, __setitem__, __delitem__, __contains__ and __len__.
class Registry:
    def __init__(self):
        self._data = {}
    def __getitem__(self, key):
        return self._data[key.lower()]
    def __setitem__(self, key, value):
        self._data[key.lower()] = value
    def __delitem__(self, key):
        del self._data[key.lower()]
    def __contains__(self, key):
        return key.lower() in self._data
    def __len__(self):
        return len(self._data)

r = Registry()
r["Alice"] = 30
r["BOB"] = 25
print(r["alice"], r["bob"], len(r))
print("ALICE" in r, "carol" in r, "carol" not in r)
del r["Bob"]
print(len(r))
try:
    r["bob"]
except KeyError as e:
    print("KeyError:", e)
