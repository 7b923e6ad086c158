# functools.cache: unbounded memoisation with cache_info and cache_clear
import functools

calls = []

@functools.cache
def factorial(n):
    calls.append(n)
    return n * factorial(n - 1) if n else 1

print(factorial(10))
print(factorial(5))
print(factorial(12))
print(calls)
print(factorial.cache_info())
factorial.cache_clear()
print(factorial.cache_info())
print(factorial.__name__, factorial.__wrapped__.__name__)

@functools.cache
def pair(a, b):
    return (a, b)
print(pair(1, 2) is pair(1, 2), pair.cache_info())
