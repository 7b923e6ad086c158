# Defaults of an inner function are evaluated each time the outer one runs.
def make(n):
    def inner(x=n * 10):
        return x
    return inner

print(make(1)(), make(2)(), make(3)(7))
print(make(4).__defaults__)
