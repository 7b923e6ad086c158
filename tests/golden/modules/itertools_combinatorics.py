# itertools.permutations, combinations, combinations_with_replacement
from itertools import permutations, combinations, combinations_with_replacement as cwr

print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 0)), list(permutations([1, 2], 3)), list(permutations([])))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3)))
print(list(combinations([1], 0)), list(combinations([1, 2], 3)))
print(list(cwr("abc", 2)), list(cwr([], 0)), list(cwr([], 2)), list(cwr("ab", 3)))
print(len(list(permutations(range(6)))), len(list(combinations(range(20), 4))))
for bad in [lambda: permutations("ab", -1), lambda: permutations("ab", "x"), lambda: combinations("ab"),
            lambda: combinations("ab", -2), lambda: cwr("ab"), lambda: permutations()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
