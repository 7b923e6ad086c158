# random.seed with str and float seeds, and seed version 1
import random

for s in ["hello", "", "é", "a longer seed string with spaces"]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 100))
random.seed(3.5)
print(random.random())
random.seed(-0.25)
print(random.random())
random.seed("hello", version=1)
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError:", e)
