# Runaway recursion through a decorator's wrapper: wrapper and function frames alternate up to the limit, never collapsed.
def trace(func):
    def wrapper(*args):
        return func(*args)
    return wrapper

@trace
def countdown(n):
    return countdown(n - 1)

countdown(5)
