# A user iterator works in for loops, unpacking and every builtin that iterates.
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
    print(n, end=" ")
print()
print(list(Countdown(3)), tuple(Countdown(2)), set(Countdown(2)), sum(Countdown(4)))
print(sorted(Countdown(3)), min(Countdown(3)), max(Countdown(3)), any(Countdown(0)), all(Countdown(2)))
print(list(zip(Countdown(3), "abc")), list(map(str, Countdown(2))), list(enumerate(Countdown(2))))
print(dict(zip(Countdown(2), Countdown(2))), "-".join(map(str, Countdown(3))), [x * 2 for x in Countdown(3)])
a, *rest = Countdown(4)
print(a, rest, list(filter(lambda x: x % 2, Countdown(5))), list(reversed(list(Countdown(3)))))
it = Countdown(2)
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(sum(x for x in Countdown(3)), {x: x for x in Countdown(2)})
