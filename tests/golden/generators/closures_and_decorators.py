# Generators inside closures, decorated generator functions, generators as arguments.
import functools

def counter_factory(step):
    def counter(start):
        n = start
        while True:
            yield n
            n += step
    return counter

by_three = counter_factory(3)
g = by_three(1)
print(next(g), next(g), next(g))

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print("calling", fn.__name__, args)
        for value in fn(*args):
            print("  yielded", value)
            yield value
        print("finished", fn.__name__)
    return wrapper

@trace
def countdown(n):
    """Counts down."""
    while n > 0:
        yield n
        n -= 1

print(list(countdown(2)))
print(countdown.__name__, countdown.__doc__)

def primer(fn):
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start

@primer
def collector(label):
    seen = []
    while True:
        item = yield
        seen.append(item)
        print(label, seen)

c = collector("seen so far:")
c.send(1)
c.send(2)

def make_generators():
    gens = []
    for i in range(3):
        def gen(i=i):
            yield i * 10
        gens.append(gen())
    return gens
print([next(g) for g in make_generators()])
late = [lambda: (yield x) for x in range(2)]
print([list(f()) for f in late])
