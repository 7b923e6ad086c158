# Many generators, started and abandoned, in flat memory.
def pair(i):
    yield i
    yield -i

total = 0
for i in range(20000):
    g = pair(i)
    total += next(g)
print(total)
live = [pair(i) for i in range(2000)]
print(sum(next(g) for g in live), sum(next(g) for g in live), sum(len(list(g)) for g in live))
started = []
for i in range(1000):
    g = pair(i)
    next(g)
    started.append(g)
print(sum(next(g) for g in started))
