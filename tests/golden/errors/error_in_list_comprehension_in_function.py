# An error inside a list comprehension in a function: CPython 3.11 shows a <listcomp> frame.
def lengths(words):
    return [len(w) for w in words]

print(lengths(["a", "bb"]))
print(lengths(["a", None, "ccc"]))
