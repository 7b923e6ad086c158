# The first iterable of a comprehension is evaluated in the enclosing scope.
def f():
    n = 3
    return [i * n for i in range(n)]

print(f())
table = [[r * c for c in range(1, 4)] for r in range(1, 4)]
print(table)
