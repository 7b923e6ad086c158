# random.Random instances have independent state; getstate/setstate round-trip
import random

a = random.Random(1)
b = random.Random(1)
print(a.random() == b.random(), a.randint(1, 10), b.randint(1, 10))
c = random.Random("seed")
print(c.random(), c.choice("xyz"))
state = a.getstate()
first = [a.random() for _ in range(3)]
a.setstate(state)
print(first == [a.random() for _ in range(3)])
random.seed(5)
s = random.getstate()
x = random.random()
random.setstate(s)
print(x == random.random(), len(s), s[0], len(s[1]))
print(type(a).__name__ if False else type(a))
