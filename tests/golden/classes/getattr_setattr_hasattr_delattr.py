# The attribute builtins with string names, defaults and errors.
class Settings:
    color = "blue"

s = Settings()
setattr(s, "size", 10)
print(getattr(s, "size"), getattr(s, "color"), getattr(s, "missing", "default"))
print(hasattr(s, "size"), hasattr(s, "nope"))
for name in ["alpha", "beta"]:
    setattr(s, name, name.upper())
print(sorted(vars(s).items()))
delattr(s, "size")
print(hasattr(s, "size"))
try:
    getattr(s, "size")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(s, "color")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(s, 3)
except TypeError as e:
    print("TypeError:", e)
