# Errors inside dict and set comprehensions show <dictcomp> frames with markers.
def invert(d):
    return {v: k for k, v in d.items()}

print(invert({"a": 1, "b": 2}))
print(invert({"a": [1], "b": 2}))
