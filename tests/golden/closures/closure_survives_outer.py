# The captured variable outlives the call of the outer function.
def outer():
    message = "still here"
    def inner():
        return message
    return inner

f = outer()
del outer
print(f())
print(f.__closure__[0].cell_contents)
