# functools.partial: calling, keyword merging, func/args/keywords and repr
from functools import partial

def power(base, exponent=2, *rest, **options):
    return (base ** exponent, rest, options)

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(4), cube(3))
print(square(5, exponent=4))
print(partial(power, 2)(10))
p = partial(power, 2, 3, 4, flag=True)
print(p(5, other=1))
print(p.func is power, p.args, p.keywords)
print(repr(p))
print(repr(partial(max, 1, key=abs)))
print(partial(sorted, key=len)(["ccc", "a", "bb"]))
print(list(map(partial(int, base=2), ["101", "111"])))
print(callable(p), type(p))
