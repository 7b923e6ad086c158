# Assigning in the inner function creates a new local; the enclosing one is untouched.
def outer():
    x = 1
    def inner():
        x = 2
        return x
    inner_result = inner()
    return x, inner_result

print(outer())
print(outer.__code__.co_cellvars)
