# The inner function sees the value the variable has when it is called, not defined.
def outer():
    def inner():
        return value
    value = "first"
    print(inner())
    value = "second"
    print(inner())
    return inner

f = outer()
print(f())
