# nonlocal rebinds the nearest enclosing function's variable, not the global one.
x = "global"

def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x

print(outer())
print(x)
