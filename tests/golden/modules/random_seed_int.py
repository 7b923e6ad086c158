# random.seed(int) reproduces CPython's Mersenne Twister stream
import random

random.seed(42)
print([random.random() for _ in range(5)])
random.seed(0)
print(random.random(), random.getrandbits(32), random.getrandbits(1), random.getrandbits(64), random.getrandbits(100))
for seed in [1, -1, 2**32, 2**70 + 5, 123456789012345678901234567890, True]:
    random.seed(seed)
    print(seed, random.random())
random.seed(42)
a = random.random()
random.seed(42)
print(a == random.random())
