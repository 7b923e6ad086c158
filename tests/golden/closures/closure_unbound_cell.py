# Calling a closure before the captured variable is assigned.
def outer():
    def inner():
        return later
    print("calling too early")
    inner()
    later = 1

outer()
