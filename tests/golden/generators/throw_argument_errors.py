# Every form of throw()'s arguments and its errors, for generators and generator expressions.
def gen():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)

g = gen()
next(g)
g.throw(ValueError)
g.throw(ValueError, "one")
g.throw(ValueError, ("a", "b"))
g.throw(KeyError, KeyError("instance as value"))
g.throw(ValueError("instance"))
for bad in [(ValueError("x"), "extra"), (3,), ("text",)]:
    try:
        g.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)
ge = (x for x in range(3))
for bad in [(ValueError("x"), "extra"), (3,)]:
    try:
        ge.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(list(ge))
try:
    ge.throw(IndexError, "from a genexp")
except IndexError as e:
    print("IndexError:", e)
print(list(ge))
