# RecursionError from runaway recursion: CPython collapses the repeated frames.
def countdown(n):
    return countdown(n - 1)

countdown(10)
