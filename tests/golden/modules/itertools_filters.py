# itertools.takewhile, dropwhile, filterfalse, compress, starmap
from itertools import takewhile, dropwhile, filterfalse, compress, starmap

data = [1, 4, 6, 4, 1]
print(list(takewhile(lambda x: x < 5, data)), list(dropwhile(lambda x: x < 5, data)))
print(list(takewhile(bool, [])), list(dropwhile(bool, [0, 0, 1, 0])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("ABC", [1, 1])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, ["ab", [3, 9]])))
t = takewhile(lambda x: x < 3, iter(range(10)))
print(list(t), list(t))
for bad in [lambda: takewhile(len), lambda: dropwhile(), lambda: list(starmap(len, [1])), lambda: compress([1])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
