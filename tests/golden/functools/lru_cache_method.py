# functools.lru_cache on a method: the instance is part of the key
from functools import lru_cache

class Fib:
    def __init__(self, offset):
        self.offset = offset
    @lru_cache(maxsize=None)
    def value(self, n):
        print("compute", self.offset, n)
        return n + self.offset

a, b = Fib(10), Fib(20)
print(a.value(1), a.value(1), b.value(1), a.value(2))
print(Fib.value.cache_info())
print(Fib.value(a, 1))
Fib.value.cache_clear()
print(a.value(1))
