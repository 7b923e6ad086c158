# __iter__ returning a fresh iterator makes a reusable iterable.
class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __iter__(self):
        return DeckIterator(self.cards)

class DeckIterator:
    def __init__(self, cards):
        self.cards = cards
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.cards):
            raise StopIteration
        self.i += 1
        return self.cards[self.i - 1]

d = Deck(["A", "K", "Q"])
print(list(d), list(d), [(x, y) for x in d for y in d if x < y])
print(iter(d) is not iter(d), iter(iter(d)).__class__.__name__)
class Broken:
    def __iter__(self):
        return [1, 2]
class NoIter:
    __iter__ = None
for obj in (Broken(), NoIter()):
    try:
        for _ in obj:
            pass
    except TypeError as e:
        print("TypeError:", e)
class NotIterator:
    pass
try:
    next(NotIterator())
except TypeError as e:
    print("TypeError:", e)
