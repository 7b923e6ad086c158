# yield is an expression: it can appear inside other expressions.
def gen():
    print("sum is", (yield 1) + (yield 2))
    values = [(yield "a"), (yield "b")]
    print("values", values)
    x = yield
    print("x", x)
    return (yield "last")

g = gen()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send("A"))
print(g.send("B"))
print(g.send("X"))
try:
    g.send("R")
except StopIteration as e:
    print("returned", e.value)

def pairs():
    yield 1, 2
    yield (3, 4)
    yield
print(list(pairs()))

lam = lambda: (yield "from lambda")
print(list(lam()), lam.__name__)

def gen_in_comprehension_iterable():
    return [x for x in (yield "needs a value")]
gc = gen_in_comprehension_iterable()
print(next(gc))
try:
    gc.send([1, 2])
except StopIteration as e:
    print("result", e.value)
