# The same counter written as a closure with nonlocal and as a class with __call__: same behaviour.
def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter

class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count

c1 = make_counter()
c2 = Counter()
for _ in range(3):
    print(c1(), c2())
print(c1.__closure__[0].cell_contents, c2.count)
print(callable(c1), callable(c2))
