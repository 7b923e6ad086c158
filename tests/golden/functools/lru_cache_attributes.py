# functools.lru_cache wrapper attributes: __wrapped__, __doc__, __dict__, setting attributes
import functools

@functools.lru_cache(maxsize=8)
def documented(x):
    """Returns x doubled."""
    return 2 * x

print(documented.__doc__)
print(documented.__name__, documented.__qualname__, documented.__module__)
print(documented.__wrapped__(21))
documented.tag = "t"
print(documented.tag, sorted(documented.__dict__))
print(repr(documented).startswith("<functools._lru_cache_wrapper object at 0x"))
try:
    documented.nothing
except AttributeError as e:
    print("AttributeError:", e)

def plain(x):
    return x
wrapped = functools.lru_cache(plain)
print(wrapped(3), wrapped.cache_info())
deco = functools.lru_cache(maxsize=4, typed=True)
print(callable(deco))
w = deco(plain)
print(w(1), w.cache_parameters())
