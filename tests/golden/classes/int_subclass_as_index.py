# Int subclasses and __index__ objects as indexes, slice bounds, method arguments and repeat counts.
class I(int):
    pass

x = I(2**70)
print(x, x + 1, type(x + 1).__name__, [1, 2, 3][I(1)], "abc"[I(-1)], (1, 2)[I(0)], range(10)[I(3)], range(I(2), I(5)), [1, 2, 3][I(0):I(2)])
try:
    [1][x]
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(x)
except OverflowError as e:
    print("OverflowError:", e)
print(bin(I(5)), oct(I(8)), hex(I(-255)), I(7) // 2, divmod(I(7), 2), I(3) ** 2, I(5) << 1, I(5) & 3, ~I(5))
l = [1, 2, 3, 4]
l[I(0)] = 9
del l[I(1)]
print(l, l.index(4, I(0)), "abcabc".find("c", I(3)), l * I(2), I(2) * "ab", "abc".center(I(7), "*"))

class Idx:
    def __init__(self, n=1):
        self.n = n
    def __index__(self):
        return self.n
print([1, 2, 3][Idx()], "xyz"[Idx():], (5, 6)[Idx()], range(5)[Idx()], list(range(Idx(), 4)), [0, 1, 2, 3][::Idx(2)])
print((1, 2) * Idx(2), [7] * Idx(0), "ab".ljust(Idx(4), "."), round(1.23456, Idx(2)), [3, 1, 2].pop(Idx(0)))
for bad in (lambda: "abc"[1.5:], lambda: (1, 2)["0"], lambda: range(3)["x"], lambda: [1][Idx(5)], lambda: "ab" * 1.5,
            lambda: [1, 2][Idx(2**70)], lambda: range(Idx(1.5))):
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
