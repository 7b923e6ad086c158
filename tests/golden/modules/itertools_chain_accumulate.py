# itertools.chain, chain.from_iterable, accumulate (func, initial)
from itertools import chain, accumulate
import operator

print(list(chain("ab", [1, 2], (3,), range(2))), list(chain()), list(chain([], "")))
print(list(chain.from_iterable(["abc", [1, 2]])), list(chain.from_iterable(x * 2 for x in "xy")))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate("abc")), list(accumulate([])))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)))
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=None)))
c = chain([1], 5)
print(next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print("TypeError:", e)
