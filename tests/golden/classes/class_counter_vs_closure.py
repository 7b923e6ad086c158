# A counter as a class with __call__ next to the closure version; both keep independent state.
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
    def __repr__(self):
        return f"Counter(count={self.count})"

c1, c2 = make_counter(), make_counter()
k1, k2 = Counter(), Counter()
print(c1(), c1(), c2(), k1(), k1(), k2())
print(k1, k2, k1.count, c1.__closure__[0].cell_contents, callable(k1), callable(c1))
k1.count = 10
print(k1(), type(k1).__call__(k1), Counter.__call__.__qualname__, c1.__qualname__)
