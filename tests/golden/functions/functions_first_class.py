# Functions are values: stored in lists and dicts, passed and returned.
def inc(x):
    return x + 1

def dec(x):
    return x - 1

table = {"inc": inc, "dec": dec}
print([f(10) for f in (inc, dec)])
print(table["dec"](table["inc"](0)))

def apply_twice(f, x):
    return f(f(x))

print(apply_twice(inc, 5), apply_twice(lambda s: s + "!", "hey"))
