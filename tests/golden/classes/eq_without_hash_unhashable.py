# Defining __eq__ without __hash__ sets __hash__ to None: instances become unhashable.
class Card:
    def __init__(self, rank):
        self.rank = rank
    def __eq__(self, other):
        return self.rank == other.rank

print(Card.__hash__)
print(Card(1) == Card(1))
try:
    {Card(1): "ace"}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Card(2))
except TypeError as e:
    print("TypeError:", e)
print(Card(3) in [Card(1), Card(3)])
