# functools.lru_cache(maxsize=N) evicts the least recently used entry
from functools import lru_cache

@lru_cache(maxsize=2)
def f(x):
    print("miss", x)
    return x

for x in [1, 2, 1, 3, 2, 1, 1, 3]:
    f(x)
print(f.cache_info())

@lru_cache(maxsize=0)
def g(x):
    print("g", x)
    return x
g(1)
g(1)
print(g.cache_info())

@lru_cache(-5)
def h(x):
    return x
h(1)
print(h.cache_info())
print(f.cache_parameters(), g.cache_parameters())
