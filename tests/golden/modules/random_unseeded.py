# unseeded random values stay in range (their values change from run to run)
import random

values = [random.random() for _ in range(1000)]
print(all(0.0 <= v < 1.0 for v in values), len(set(values)) > 990)
ints = [random.randint(1, 6) for _ in range(1000)]
print(sorted(set(ints)))
deck = list(range(52))
random.shuffle(deck)
print(sorted(deck) == list(range(52)))
