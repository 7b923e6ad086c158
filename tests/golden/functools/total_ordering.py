# functools.total_ordering fills in the missing comparisons from __lt__, __le__, __gt__ or __ge__
from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version(2), Version(1, 5), Version(1)]), max(a, b), min(a, b))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)

@total_ordering
class Score:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __ge__(self, other):
        return self.n >= other.n

print(Score(3) < Score(4), Score(3) <= Score(3), Score(5) > Score(4), Score(1) > Score(1))

@total_ordering
class Only:
    def __gt__(self, other):
        return NotImplemented
try:
    Only() <= Only()
except TypeError as e:
    print("TypeError:", e)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
