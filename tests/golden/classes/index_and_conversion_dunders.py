# __index__, __int__, __float__: indexing, range, hex and the numeric constructors.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5

i = Idx(2)
print("abcdef"[i], [10, 20, 30][i], "abcdef"[Idx(1):Idx(4)], list(range(Idx(3))), hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print(int(Num()), float(Num()), int(Idx(4)), float(Idx(3)), [0] * Idx(3), "ab" * Idx(2), round(2.567, Idx(2)))
for f in (lambda: [1][Num()], lambda: int(object()), lambda: float(Idx("x")), lambda: hex(Num())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
class BadInt:
    def __int__(self):
        return "7"
class BadFloat:
    def __float__(self):
        return 1
for f in (lambda: int(BadInt()), lambda: float(BadFloat())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
