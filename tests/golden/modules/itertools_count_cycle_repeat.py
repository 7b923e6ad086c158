# itertools.count, cycle, repeat: infinite iterators cut with islice/zip, and their reprs
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(0.5, 0.25), 3)))
print(list(islice(count(5, -2), 4)), list(zip("abc", count(1))))
c = count(3)
print(next(c), next(c), repr(c))
print(repr(count()), repr(count(5, 2)), repr(count(1.5, 1)), repr(count(1, 1.0)), repr(count(2**70, -1)))
print(list(islice(cycle("ab"), 5)), list(islice(cycle([1, 2, 3]), 7)), list(cycle([])))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -5)), list(islice(repeat(7), 3)))
r = repeat("a", 2)
print(repr(r), next(r), repr(r), list(r), repr(r))
print(repr(repeat(None)), list(map(pow, range(5), repeat(2))))
