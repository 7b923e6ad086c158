# Wrong return types from __len__, __bool__, __hash__, __index__, __iter__ and __next__.
class BadLen:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
class BadBool:
    def __bool__(self):
        return 1
class BadHash:
    def __hash__(self):
        return "h"
class BigHash:
    def __hash__(self):
        return 2 ** 70
class BadIter:
    def __iter__(self):
        return 5
class NoNext:
    def __iter__(self):
        return self

tests = [
    lambda: len(BadLen(-1)), lambda: len(BadLen("3")), lambda: len(BadLen(2 ** 70)), lambda: bool(BadLen(-1)),
    lambda: bool(BadBool()), lambda: hash(BadHash()), lambda: iter(BadIter()), lambda: list(NoNext()),
    lambda: [x for x in BadIter()],
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(hash(BigHash()) == hash(2 ** 70), bool(BadLen(0)), bool(BadLen(3)), len(BadLen(True)))
