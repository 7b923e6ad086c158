# functools.reduce: CPython's messages
from functools import reduce

cases = [
    lambda: reduce(lambda a, b: a + b, []),
    lambda: reduce(lambda a, b: a + b, 5),
    lambda: reduce(len),
    lambda: reduce(),
    lambda: reduce(len, [], 1, 2),
    lambda: reduce(lambda a, b: a + b, [], initial=0),
    lambda: reduce(lambda a, b: a + b, [1, "x"]),
    lambda: reduce(5, [1, 2]),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print("TypeError:", e)
reduce(lambda a, b: a // b, [10, 0])
