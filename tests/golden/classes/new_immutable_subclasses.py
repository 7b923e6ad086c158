# Subclassing immutable builtins with __new__: tuple, str and int.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point{tuple(self)}"

p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), isinstance(p, tuple), sum(p))
x, y = p
print(x, y, p + (5,), hash(p) == hash((3, 4)))

class Shout(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
    def whisper(self):
        return self.lower()
s = Shout("hello")
print(s, s.whisper(), len(s), s + "!", s == "HELLO", s.startswith("HE"), f"[{s}]", repr(s))

class Even(int):
    def __new__(cls, n):
        if n % 2:
            raise ValueError(f"{n} is odd")
        return super().__new__(cls, n)
e = Even(10)
print(e, e + 1, e * 2, e // 3, e > 5, [0, 1, 2][Even(2)], type(e + 1), str(e), f"{e:04d}")
try:
    Even(3)
except ValueError as err:
    print("ValueError:", err)
