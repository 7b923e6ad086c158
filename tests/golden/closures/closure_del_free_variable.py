# Deleting a captured variable: the closure then raises NameError (regression: free variable message).
def outer():
    x = 1
    def inner():
        return x
    print(inner())
    del x
    return inner()

outer()
