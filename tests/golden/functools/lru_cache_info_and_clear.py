# lru_cache: cache_info() hits/misses/maxsize/currsize, eviction order, cache_clear(), __wrapped__.
from functools import lru_cache

@lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n

for n in (1, 2, 1, 3, 2, 1):
    square(n)
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__)
square.cache_clear()
print(square.cache_info())
print(square.__wrapped__(4), square.__name__)

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())

@lru_cache(maxsize=None)
def ident(x):
    return x
ident(1); ident(1); ident(2)
print(ident.cache_info())

@lru_cache(maxsize=0)
def never(x):
    return x
never(1); never(1)
print(never.cache_info())
print(ident.cache_parameters(), square.cache_parameters())
