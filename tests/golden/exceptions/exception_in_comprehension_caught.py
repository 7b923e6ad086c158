# An exception inside a list/dict comprehension aborts it; nothing is assigned.
words = ["apple", "kiwi", None, "fig"]
result = "unassigned"
try:
    result = [w.upper() for w in words]
except AttributeError as e:
    print("AttributeError:", e)
print(result)
try:
    lengths = {w: len(w) for w in words}
except TypeError as e:
    print("TypeError:", e)
safe = [w.upper() for w in words if w is not None]
print(safe)
