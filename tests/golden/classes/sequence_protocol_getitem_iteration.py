# Old-style iteration through __getitem__ until IndexError; `in` and unpacking use it.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        print("getitem", i)
        return i * i

print(list(Squares(3)))
print(4 in Squares(5))
a, b = Squares(2)
print(a, b, sum(Squares(4)), max(Squares(3)), sorted(Squares(3), reverse=True))
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, "done"))
class Stopper:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stopper()), list(enumerate(Stopper())))
class NotASequence:
    pass
for f in (lambda: iter(NotASequence()), lambda: 1 in NotASequence(), lambda: list(NotASequence())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
