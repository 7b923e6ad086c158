# Returning several values is returning a tuple.
def min_max(values):
    return min(values), max(values)

result = min_max([3, 1, 4, 1, 5])
print(result, type(result).__name__)
lo, hi = min_max([10, -2, 7])
print(lo, hi)

def nothing():
    return

print(nothing(), (lambda: None)())
