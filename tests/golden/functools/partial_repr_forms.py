# partial: repr with positional and keyword arguments, nesting flattens, func/args/keywords.
from functools import partial

def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

p = partial(power, 3)
q = partial(power, exp=3, mod=5)
print(repr(p).replace(hex(id(power)), "ADDR"))
print(repr(q).replace(hex(id(power)), "ADDR"))
print(p(), p(3), q(2), q(2, mod=7))
r = partial(p, 4)
print(r.func is power, r.args, r.keywords, r())
print(partial(print, sep="-")("a", "b"))
print(repr(partial(len)), repr(partial(max, key=abs)))
s = partial(q, mod=11)
print(s.keywords, s(3))
class Cls:
    def __init__(self, x):
        self.x = x
make = partial(Cls, 5)
print(make().x, type(make).__name__, callable(make))
try:
    partial()
except TypeError as e:
    print("TypeError:", e)
try:
    partial(1)
except TypeError as e:
    print("TypeError:", e)
