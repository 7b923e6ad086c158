# An iterable (not an iterator): __iter__ returns a fresh iterator object each time, so it can be looped many times.
class DeckIterator:
    def __init__(self, cards):
        self.cards = cards
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i == len(self.cards):
            raise StopIteration
        self.i += 1
        return self.cards[self.i - 1]

class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __iter__(self):
        return DeckIterator(self.cards)

deck = Deck(["A", "K", "Q"])
print(list(deck), list(deck))
print(sorted(deck), "K" in deck)
print(list(zip(deck, range(10))))
a, b, c = deck
print(a, c, [*deck, "J"])
print(dict(enumerate(deck)))
print(iter(deck) is iter(deck), type(iter(deck)).__name__)
