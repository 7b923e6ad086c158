# Exceptions from __next__ other than StopIteration propagate; StopIteration ends loops.
class Flaky:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise ValueError("boom at 3")
        return self.n

try:
    for x in Flaky():
        print("got", x)
except ValueError as e:
    print("ValueError:", e)
class Stops:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("why")
print(list(Stops()), next(Stops(), "default"))
try:
    next(Stops())
except StopIteration as e:
    print("StopIteration", e.args)
