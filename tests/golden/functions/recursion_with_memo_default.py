# Memoizing with a mutable default argument (deliberate use of the pitfall).
def fib(n, _cache={0: 0, 1: 1}):
    if n not in _cache:
        _cache[n] = fib(n - 1) + fib(n - 2)
    return _cache[n]

print(fib(100))
print(len(fib.__defaults__[0]))
