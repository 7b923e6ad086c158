# Decorating a recursive function: the recursive calls go through the wrapper too.
def depth_logger(func):
    depth = 0
    def wrapper(n):
        nonlocal depth
        print("  " * depth + f"call {n}")
        depth += 1
        result = func(n)
        depth -= 1
        return result
    return wrapper

@depth_logger
def countdown(n):
    return 0 if n == 0 else countdown(n - 1) + n

print(countdown(3))
