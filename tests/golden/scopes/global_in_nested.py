# global inside a nested function refers to the module, even if an enclosing function has the name.
name = "module"

def outer():
    name = "outer"
    def inner():
        global name
        name = "set by inner"
    inner()
    return name

print(outer())
print(name)
