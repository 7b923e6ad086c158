# A memoizing decorator class keeps its cache in an instance dict keyed by the args tuple.
class Memoize:
    def __init__(self, func):
        self.func = func
        self.cache = {}

    def __call__(self, *args):
        if args in self.cache:
            print("cache hit", args)
            return self.cache[args]
        result = self.func(*args)
        self.cache[args] = result
        return result

@Memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(10))
print(fib(10))
print(len(fib.cache))
print(sorted(fib.cache.items())[:4])
