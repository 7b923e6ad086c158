# repr of functions and lambdas (the address is normalized) and type(f).
def hello():
    pass

def outer():
    def inner():
        pass
    return inner

print(hello)
print(outer())
print(lambda: 0)
print(type(hello))
print(type(hello).__name__)
print(type(print))
print(print)
print(repr(hello) == str(hello))
