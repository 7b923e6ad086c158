# random.shuffle and random.sample (small and large populations)
import random

random.seed(7)
deck = list(range(20))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 10))
print(random.sample("abcdefgh", 3))
print(random.sample(range(10**6), 5))
print(random.sample([1, 2, 3], 3), random.sample([1, 2, 3], 0))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
words = ["a", "b", "c", "d"]
random.shuffle(words)
print(words)
