# Each closure / each instance has its own state; two counters do not share counts.
def make_counter(start):
    n = start
    def step():
        nonlocal n
        n += 1
        return n
    return step

class Counter:
    def __init__(self, start):
        self.n = start
    def __call__(self):
        self.n += 1
        return self.n

a, b = make_counter(0), make_counter(100)
x, y = Counter(0), Counter(100)
print(a(), a(), b())
print(x(), x(), y())
print(x.n, y.n)
y.n = 0
print(y())
