# functools.lru_cache errors: bad maxsize, unhashable arguments
from functools import lru_cache

try:
    lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError:", e)
try:
    lru_cache(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

@lru_cache(maxsize=32)
def total(items):
    return sum(items)

print(total((1, 2, 3)))
try:
    total([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
print(total.cache_info())
total({"a": 1})
