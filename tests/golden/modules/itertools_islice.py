# itertools.islice: start/stop/step and lazy consumption
from itertools import islice, count

print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)))
print(list(islice("abcdefg", 0, None, 2)), list(islice(range(100), 10, 50, 15)), list(islice([], 3)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), list(it))
print(list(islice(count(), 2, 10, 3)), list(islice("abc", None)), list(islice("abc", None, None, None)))
print(list(islice("abc", 5, 10)), list(islice("abcdef", 1, 1)))
for args in [("abc",), ("abc", -1), ("abc", "x"), ("abc", 1, -2), ("abc", 0, 5, 0), ("abc", 0, 5, 1, 2)]:
    try:
        islice(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    islice("abc", stop=2)
except TypeError as e:
    print("TypeError:", e)
