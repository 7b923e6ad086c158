# Closure calls with nonlocal updates: counters and accumulators made by factories.
def make_counter(step):
    count = 0
    def tick():
        nonlocal count
        count += step
        return count
    return tick

def make_accumulator():
    total = 0
    n = 0
    def add(x):
        nonlocal total, n
        total += x
        n += 1
        return total
    return add

counters = [make_counter(s) for s in range(1, 6)]
acc = make_accumulator()
for i in range(800000):
    for c in counters:
        acc(c())
print(acc(0), [c() for c in counters])
