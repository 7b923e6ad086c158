# Generator state: gi_running, re-entrancy, exhaustion, reprs.
def g():
    yield gen.gi_running
    yield next(gen)

gen = g()
print(gen.gi_running, next(gen), gen.gi_running)
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)
print(list(gen))

def outer():
    def inner():
        yield 1
    return inner()
r = repr(outer())
print(r.startswith("<generator object outer.<locals>.inner at 0x"), r.endswith(">"))
print(iter(gen) is gen, hasattr(gen, "send"), callable(gen.throw))
print(type(gen), type(outer()) is type(gen))
e = g()
print(e.__next__())
import sys
def stopper():
    yield 1
    raise StopIteration("inside")
try:
    list(stopper())
except RuntimeError as err:
    print("RuntimeError:", err, "| cause:", repr(err.__cause__))
