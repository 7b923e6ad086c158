# Without __eq__, objects hash by identity: two equal-looking instances are different dict keys.
class Tag:
    def __init__(self, name):
        self.name = name

a, b = Tag("x"), Tag("x")
d = {a: 1, b: 2}
print(len(d), a == b, a == a)
print(d[a], d[b])
print(hash(a) == hash(a))
print(Tag.__hash__ is object.__hash__)
