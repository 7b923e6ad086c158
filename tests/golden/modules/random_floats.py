# random.uniform, gauss, normalvariate, expovariate, triangular and friends
import random

random.seed(12345)
print([random.uniform(1, 10) for _ in range(3)])
print(random.uniform(5, 5), random.uniform(-1.5, 2))
print([random.gauss(0, 1) for _ in range(4)])
print(random.gauss(), random.gauss(mu=10, sigma=2))
print(random.normalvariate(100, 15), random.lognormvariate(0, 1))
print(random.expovariate(1.5), random.expovariate(2))
print(random.triangular(), random.triangular(0, 10, 8), random.triangular(2, 2))
print(random.vonmisesvariate(1, 2), random.gammavariate(2, 3), random.gammavariate(0.5, 1))
print(random.betavariate(2, 5), random.paretovariate(3), random.weibullvariate(1, 1.5))
