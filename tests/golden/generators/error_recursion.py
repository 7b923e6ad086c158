# Runaway recursion through generators gives RecursionError.
def forever(n):
    yield from forever(n + 1)

try:
    next(forever(0))
except RecursionError as e:
    print("RecursionError:", e)

def count(n):
    yield n
    yield from count(n + 1)
c = count(0)
print([next(c) for _ in range(100)])
