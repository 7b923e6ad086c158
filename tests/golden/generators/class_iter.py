# __iter__ written as a generator: the usual way to make a class iterable.
class Deck:
    suits = "SH"
    def __init__(self, ranks):
        self.ranks = ranks
    def __iter__(self):
        for suit in self.suits:
            for rank in self.ranks:
                yield rank + suit
    def __reversed__(self):
        cards = list(self)
        while cards:
            yield cards.pop()

deck = Deck(["A", "K"])
print(list(deck), len(list(deck)), "KH" in deck, "QS" in deck)
print(list(reversed(deck)), sorted(deck), max(deck))
print(dict(enumerate(deck)), set(deck) == set(Deck(["K", "A"])))
a, b, *rest = deck
print(a, b, rest)

class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)

tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6)))
print(list(tree), sum(tree))
for depth, value in tree.depth_first():
    print("  " * depth + str(value))
