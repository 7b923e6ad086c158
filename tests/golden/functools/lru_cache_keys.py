# lru_cache keys: keyword order matters, unhashable arguments raise, typed=True separates types.
from functools import lru_cache

@lru_cache(maxsize=None)
def f(*args, **kwargs):
    print("call", args, kwargs)
    return len(args) + len(kwargs)

f(1, b=2, c=3)
f(1, c=3, b=2)
f(1, b=2, c=3)
f(1.0, b=2, c=3)
print(f.cache_info())
try:
    f([1])
except TypeError as e:
    print("TypeError:", e)

@lru_cache(typed=True)
def g(x):
    print("g", repr(x))
    return x
g(1); g(1.0); g(1); g(True)
print(g.cache_info())
try:
    lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError:", e)
