# A closure holding a dict cache, exposed for inspection.
def memo_square():
    cache = {}
    def square(n):
        if n not in cache:
            print(f"computing {n}")
            cache[n] = n * n
        return cache[n]
    return square

sq = memo_square()
print(sq(4), sq(4), sq(5))
print(sq.__closure__[0].cell_contents)
