# Exceptions raised by a decorator's wrapper (before or after the call) are caught by the caller.
def non_negative(func):
    def wrapper(x):
        if x < 0:
            raise ValueError(f"{func.__name__} needs x >= 0, got {x}")
        result = func(x)
        if result is None:
            raise RuntimeError("no result")
        return result
    return wrapper

@non_negative
def root(x):
    return x ** 0.5 if x != 4 else None

for v in [9, -1, 4]:
    try:
        print(root(v))
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
