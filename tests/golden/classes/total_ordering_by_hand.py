# Classes with __eq__/__lt__ sort, min/max and compare with sorted keys.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(v) for v in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), min(vs), max(vs), sorted(vs, reverse=True)[0])
print(Version("1.2") <= Version("1.2"), Version("2.0") > Version("1.0"), Version("1.0") >= Version("1.0"))
print(Version("1") in vs, Version("0.9") in vs, vs.index(Version("1.2")), vs.count(Version("1.10")))
try:
    Version("1") < 5
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Version("1"), "x"])
except TypeError as e:
    print("TypeError:", e)
