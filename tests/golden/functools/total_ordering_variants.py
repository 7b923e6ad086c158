# total_ordering from __lt__, __le__, __gt__ or __ge__; NotImplemented passes through; no root error.
from functools import total_ordering

@total_ordering
class ByLt:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v

@total_ordering
class ByGe:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o):
        if not isinstance(o, ByGe):
            return NotImplemented
        return self.v >= o.v

a, b = ByLt(1), ByLt(2)
print(a < b, a <= b, a > b, a >= b, a <= ByLt(1))
c, d = ByGe(1), ByGe(2)
print(c < d, c <= d, c > d, c >= d)
try:
    c < 5
except TypeError as e:
    print("TypeError:", e)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
print(sorted([ByGe(3), ByGe(1), ByGe(2)], key=lambda x: x)[0].v, ByLt.__le__.__name__)
