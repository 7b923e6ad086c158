# A dict subclass with attribute access to its keys (AttrDict).
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
    def __delattr__(self, name):
        del self[name]

d = AttrDict(host="localhost", port=8080)
d.debug = True
print(d.host, d.port, d.debug, d, sorted(d.keys()))
del d.port
print(d, hasattr(d, "port"), getattr(d, "port", None))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
print(d.items(), len(d), d.get("host"), isinstance(d, dict))
