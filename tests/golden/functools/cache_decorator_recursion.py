# functools.cache: unbounded memoization, recursion, cache_info and methods.
from functools import cache

calls = 0
@cache
def ways(n):
    global calls
    calls += 1
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)

print(ways(30), calls, ways.cache_info())
ways.cache_clear()
print(ways.cache_info(), ways(3), calls)

class Grid:
    def __init__(self, n):
        self.n = n
    @cache
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return self.n == other.n
print(Grid(1).paths(10, 10), Grid.paths.cache_info().currsize > 0)
