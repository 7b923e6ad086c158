#!/usr/bin/env python3
"""A small program: closures, decorators, comprehensions."""
import functools


def counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}({args!r}, {kwargs})")
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b=2):
    return a + b


squares = [n * n for n in range(10) if n % 2 == 0]
table = {k: v for k, v in zip("abc", range(3))}
gen = (x for x in squares)
try:
    add(1, b=3)
except (TypeError, ValueError) as exc:
    raise RuntimeError("failed") from exc
else:
    pass
finally:
    print("done")

if __name__ == "__main__":
    c = counter()
    print(c(), c(), c(5))
