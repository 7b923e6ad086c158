# random.choices with and without weights
import random

random.seed(99)
print(random.choices("abc", k=10))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=10))
print(random.choices([1, 2, 3], cum_weights=[1, 2, 10], k=10))
print(random.choices(range(5)))
print(random.choices(["x", "y"], [0.5, 0.5], k=4))
