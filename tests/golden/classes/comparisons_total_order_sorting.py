# Defining __lt__ alone lets sorted/min/max work; > uses the reflected __lt__; <= raises TypeError.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __lt__(self, other):
        return self.parts < other.parts

vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2"), Version("0.9.9")]
print(sorted(vs))
print(sorted(vs, reverse=True)[0], min(vs), max(vs))
print(Version("2.0") > Version("1.9"))
try:
    Version("1.0") <= Version("1.0")
except TypeError as e:
    print("TypeError:", e)
