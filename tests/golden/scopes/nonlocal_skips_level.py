# nonlocal finds the nearest enclosing scope that binds the name, skipping levels that don't.
def a():
    n = 1
    def b():
        def c():
            nonlocal n
            n += 10
        c()
        return n
    return b() + n

print(a())
print(a.__code__.co_cellvars)
