# functools.reduce with and without an initial value
from functools import reduce
import operator

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(operator.mul, range(1, 11)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]))
print(reduce(lambda a, b: a + b, ["a", "b", "c"], ">"))
print(reduce(lambda a, b: a * b, [], 1))
print(reduce(lambda a, b: a + b, [42]))
print(reduce(lambda a, b: a, [], None))
print(reduce(lambda a, b: b, iter("xyz")))
print(reduce(lambda a, b: a * 10 + b, (d for d in [1, 2, 3])))
