# An iterator is exhausted after one pass; the second loop produces nothing.
class Letters:
    def __init__(self, word):
        self.word = word
        self.pos = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.pos == len(self.word):
            raise StopIteration
        self.pos += 1
        return self.word[self.pos - 1]

it = Letters("hey")
print([c.upper() for c in it])
print([c.upper() for c in it])
it2 = Letters("ab")
print(iter(it2) is it2)
for x, y in zip(it2, it2):
    print(x, y)
