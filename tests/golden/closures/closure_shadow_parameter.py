# An inner parameter with the same name shadows the enclosing one.
def outer(x):
    def inner(x):
        return x * 2
    def reader():
        return x
    return inner(100), reader()

print(outer(1))
print(outer.__code__.co_cellvars)
