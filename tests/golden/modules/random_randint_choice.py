# random.randint, randrange and choice with a fixed seed
import random

random.seed(2024)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(10, 0, -3) for _ in range(10)])
print([random.choice("abcdef") for _ in range(10)])
print(random.choice([10, 20, 30]), random.choice(range(100, 200)), random.choice((None, True)))
print(random.randint(-10**30, 10**30), random.randrange(2**100))
