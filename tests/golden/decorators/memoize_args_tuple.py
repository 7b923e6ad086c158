# Memoizing a function of several arguments, keyed by the argument tuple.
def memoize(func):
    cache = {}
    calls = [0]
    def wrapper(*args):
        if args not in cache:
            calls[0] += 1
            cache[args] = func(*args)
        return cache[args]
    wrapper.real_calls = calls
    return wrapper

@memoize
def paths(rows, cols):
    if rows == 1 or cols == 1:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)

print(paths(12, 12))
print(paths.real_calls[0])
