# A class with only __getitem__ and __len__ is iterable via the old sequence protocol (IndexError stops it).
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i

sq = Squares(5)
print(len(sq), sq[2], sq[-1])
print(list(sq), 9 in sq, 10 in sq)
for i, v in enumerate(sq):
    print(i, v, end="; ")
print()
try:
    sq[7]
except IndexError as e:
    print("IndexError:", e)
