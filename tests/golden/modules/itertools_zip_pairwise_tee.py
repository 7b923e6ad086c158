# itertools.zip_longest, pairwise, tee
from itertools import zip_longest, pairwise, tee

print(list(zip_longest("abc", [1, 2])), list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest("a", [], (1, 2, 3))))
print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])))
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee("xyz", 3)
print(list(x), list(y), list(z), tee([1], 0))
p, q = tee(range(200))
print(sum(p), sum(q))
try:
    zip_longest([1], x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    tee([1], -1)
except ValueError as e:
    print("ValueError:", e)
