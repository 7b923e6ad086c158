# The classic pitfall: a mutable list as a class attribute is shared by all instances.
class Bad:
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)

class Good:
    def __init__(self, name):
        self.name = name
        self.tricks = []
    def add_trick(self, t):
        self.tricks.append(t)

for cls in (Bad, Good):
    d, e = cls("d"), cls("e")
    d.add_trick("roll over")
    e.add_trick("play dead")
    print(cls.__name__, d.tricks, e.tricks, d.tricks is e.tricks)
