# print uses str() on its arguments; containers use repr() on their items.
s = "text"
print(s, repr(s), [s], (s,), {s: s})
print(str(["a"]), repr(["a"]))
print(str(1.5), repr(1.5), str(None), repr(None))
