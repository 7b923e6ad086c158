# Default values are evaluated once, in the defining scope, when def runs.
n = 1

def f(x=n):
    return x

n = 2
print(f(), n)

def outer():
    m = "outer value"
    def inner(v=m):
        return v
    m = "changed"
    return inner()

print(outer())
