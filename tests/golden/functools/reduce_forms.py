# reduce with and without an initial value, over iterators, and its errors.
from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 1))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(max, iter([3, 9, 2])))
print(reduce(operator.add, [], 0), reduce(operator.add, ["only"]))
print(reduce(lambda a, b: f"({a}+{b})", "abcd"))
print(reduce(operator.add, [1], initial=10) if False else "skip")
for args in ((operator.add, []), (operator.add, 5), (operator.add,), ()):
    try:
        reduce(*args)
    except TypeError as e:
        print("TypeError:", e)
class Acc:
    def __init__(self):
        self.items = []
    def __call__(self, acc, x):
        acc.items.append(x)
        return acc
print(reduce(Acc(), [1, 2, 3], Acc()).items)
