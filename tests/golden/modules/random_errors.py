# random: CPython's messages for bad arguments
import random

cases = [
    lambda: random.randint(1),
    lambda: random.randint(5, 1),
    lambda: random.randrange(0),
    lambda: random.randrange(1, 5, 0),
    lambda: random.randrange(5, step=2),
    lambda: random.choice([]),
    lambda: random.sample({1, 2}, 1),
    lambda: random.sample([1, 2], 3),
    lambda: random.choices([1, 2], 3),
    lambda: random.choices([1], [1, 2]),
    lambda: random.choices([1, 2], [0, 0]),
    lambda: random.getrandbits(-1),
    lambda: random.random(1),
    lambda: random.shuffle((1, 2)),
    lambda: random.gammavariate(-1, 1),
    lambda: random.expovariate(0),
    lambda: random.uniform(1),
]
for case in cases:
    try:
        case()
    except (TypeError, ValueError, IndexError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
