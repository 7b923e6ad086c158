# functools.lru_cache(typed=True) caches 1 and 1.0 separately; keyword calls are distinct keys
from functools import lru_cache

@lru_cache(typed=True)
def t(x):
    print("t computes", repr(x))
    return x

t(1)
t(1.0)
t(1)
t(True)
print(t.cache_info())

@lru_cache()
def u(x):
    print("u computes", repr(x))
    return x

u(1)
u(1.0)
u(True)
print(u.cache_info())

@lru_cache(maxsize=None)
def kw(a, b=0):
    print("kw computes", a, b)
    return a + b

kw(1, 2)
kw(1, b=2)
kw(a=1, b=2)
kw(1, 2)
print(kw.cache_info())
