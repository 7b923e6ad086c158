# Builtins that consume iterables accept a user iterator class: sum, max, min, sorted, zip, enumerate, any.
class Squares:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i

print(sum(Squares(4)), max(Squares(4)), min(Squares(4)))
print(sorted(Squares(3), reverse=True))
print(list(zip(Squares(3), "abc")))
print(list(enumerate(Squares(2), start=1)))
print(any(x > 10 for x in Squares(4)), all(x > 0 for x in Squares(3)))
print(tuple(Squares(3)), set(Squares(3)) == {1, 4, 9})
print(" ".join(map(str, Squares(5))))
