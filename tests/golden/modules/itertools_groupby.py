# itertools.groupby: consecutive groups, key functions, shared underlying iterator
from itertools import groupby

print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
print([k for k, _ in groupby(sorted("mississippi"))])
g = groupby("aabbbc")
first = next(g)
second = next(g)
print(first[0], list(first[1]), second[0], list(second[1]))
print(list(groupby([])), [(k, list(v)) for k, v in groupby([1, 2, 2], key=lambda x: x % 2)])
print([(k, list(v)) for k, v in groupby(range(10), lambda x: x // 3)])
