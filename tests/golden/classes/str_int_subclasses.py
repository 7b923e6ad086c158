# Subclasses of str and int: behaviour of the builtin plus extra methods.
class Tag(str):
    def wrap(self):
        return f"<{self}>"

class Celsius(int):
    def to_f(self):
        return self * 9 // 5 + 32
    def __repr__(self):
        return f"{int(self)}°C"

t = Tag("b")
print(t.wrap(), t.upper(), type(t.upper()).__name__, t + "r", t * 2, len(t), t == "b", hash(t) == hash("b"))
print({t: 1}["b"], "b" in {t}, sorted([Tag("z"), Tag("a")]), "-".join([t, Tag("i")]), f"{t:>3}|")
c = Celsius(100)
print(c, repr(c), c.to_f(), c + 1, type(c + 1).__name__, c > 50, int(c), float(c), abs(Celsius(-5)), -c)
print(c == 100, hash(c) == hash(100), [10, 20][Celsius(1)], range(Celsius(3)), hex(Celsius(255)), round(c), str(c))
print(isinstance(c, int), bool(Celsius(0)), divmod(c, 7), c // 3, c % 7, c ** 2, f"{c:5d}", f"{c}")
