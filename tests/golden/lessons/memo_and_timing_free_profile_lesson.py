# Lesson: a memoizing decorator and a call tracer, applied to recursive functions.

def memoize(func):
    cache = {}
    def wrapper(*args):
        if args in cache:
            return cache[args]
        result = func(*args)
        cache[args] = result
        return result
    wrapper.cache = cache
    wrapper.__name__ = func.__name__
    return wrapper

def trace(func):
    depth = [0]
    def wrapper(*args):
        print("|  " * depth[0] + f"{func.__name__}{args}")
        depth[0] += 1
        try:
            return func(*args)
        finally:
            depth[0] -= 1
    wrapper.__name__ = func.__name__
    return wrapper

@trace
def fib_traced(n):
    return n if n < 2 else fib_traced(n - 1) + fib_traced(n - 2)

print(fib_traced(4))

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(90))
print(len(fib.cache), fib.__name__)
print(sorted(fib.cache)[:5], [fib.cache[(k,)] for k in range(10)])
