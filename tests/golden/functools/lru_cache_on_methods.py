# lru_cache on a method caches per (self, args); instances must be hashable; cache_info is shared.
from functools import lru_cache

class Fib:
    def __init__(self, offset):
        self.offset = offset
    @lru_cache(maxsize=32)
    def value(self, n):
        return n + self.offset if n < 2 else self.value(n - 1) + self.value(n - 2)

a, b = Fib(0), Fib(1)
print(a.value(20), b.value(10), Fib.value.cache_info())
print(type(Fib.value).__name__, Fib.value.__name__, a.value.__name__)

class Unhashable:
    __hash__ = None
    @lru_cache
    def m(self):
        return 1
try:
    Unhashable().m()
except TypeError as e:
    print("TypeError:", e)
