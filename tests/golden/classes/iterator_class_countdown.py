# An iterator class with __iter__ returning self and __next__ raising StopIteration.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

for n in Countdown(3):
    print(n)
print(list(Countdown(5)))
print(sum(Countdown(4)))
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
print(list(it))
