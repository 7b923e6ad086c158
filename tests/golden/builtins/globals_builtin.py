# globals() is the module's namespace, also from inside a function
x = 1
def show():
    g = globals()
    g["y"] = x + 1
    return sorted(k for k in g if not k.startswith("__"))
print(show(), y)
print(globals()["x"], "show" in globals(), globals() is globals())
