# yield from delegates to a subiterator and evaluates to its return value.
def inner():
    x = yield "inner 1"
    print("inner received", x)
    yield "inner 2"
    return "inner result"

def outer():
    result = yield from inner()
    print("outer got", result)
    yield from ["list a", "list b"]
    yield from range(2)
    yield from (c.upper() for c in "xy")
    return "outer result"

g = outer()
print(next(g))
print(g.send("hello"))
for v in g:
    print(v)

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", [1, 2], (3,), {"k": 0})))

def delegate_throw():
    try:
        yield from catcher()
    except KeyError:
        print("outer saw KeyError")
        yield "after"

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("catcher handled", repr(e))

d = delegate_throw()
print(next(d))
print(d.throw(ValueError("v1")))
print(d.throw(KeyError("k")))
