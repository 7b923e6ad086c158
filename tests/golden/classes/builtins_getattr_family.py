# getattr/setattr/hasattr/delattr with instances, classes and defaults.
class Settings:
    debug = False
    def __init__(self):
        self.level = 1

s = Settings()
print(getattr(s, "level"), getattr(s, "debug"), getattr(s, "missing", None), getattr(Settings, "debug"))
setattr(s, "level", 5)
setattr(Settings, "version", "1.0")
print(s.level, s.version, hasattr(s, "version"), hasattr(Settings, "level"))
delattr(s, "level")
delattr(Settings, "version")
print(hasattr(s, "level"), hasattr(s, "version"), sorted(vars(s)))
for name in ("level", 5):
    try:
        getattr(s, name)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    setattr(s, 1, 2)
except TypeError as e:
    print("TypeError:", e)
attrs = {"a": 1, "b": 2}
for k, v in attrs.items():
    setattr(s, k, v)
print([getattr(s, k) for k in attrs], getattr(s, "a") + getattr(s, "b"))
print(getattr(Settings(), "__class__").__name__, getattr(s, "__dict__"))
