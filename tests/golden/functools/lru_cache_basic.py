# functools.lru_cache: memoised recursion and cache_info()
from functools import lru_cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(10), fib(100))
print(fib.cache_info())

@lru_cache
def square(x):
    print("computing", x)
    return x * x

print(square(3), square(3), square(4))
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
square.cache_clear()
print(square.cache_info())
print(square(3))
print(square.__name__, square.__wrapped__(5))
