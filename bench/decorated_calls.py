# Decorated calls forwarding *args/**kwargs through two wrappers.
def counted(func):
    calls = 0
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return func(*args, **kwargs)
    wrapper.count = lambda: calls
    return wrapper

def checked(func):
    def wrapper(*args, **kwargs):
        if not args:
            raise TypeError("no args")
        return func(*args, **kwargs)
    return wrapper

@counted
@checked
def scale(x, factor=2, *, offset=0):
    return x * factor + offset

total = 0
for i in range(500000):
    total += scale(i)
    total += scale(i, 3, offset=1)
    total += scale(i, factor=4)
print(total, scale.count())
