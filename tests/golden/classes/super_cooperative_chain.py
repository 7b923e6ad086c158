# Zero-argument super() through a cooperative multiple-inheritance chain.
class Base:
    def __init__(self, **kwargs):
        print("Base init", sorted(kwargs))
        super().__init__()
    def describe(self):
        return ["Base"]

class Colored(Base):
    def __init__(self, color="red", **kwargs):
        print("Colored init", color)
        self.color = color
        super().__init__(**kwargs)
    def describe(self):
        return ["Colored"] + super().describe()

class Sized(Base):
    def __init__(self, size=1, **kwargs):
        print("Sized init", size)
        self.size = size
        super().__init__(**kwargs)
    def describe(self):
        return ["Sized"] + super().describe()

class Box(Colored, Sized):
    def __init__(self, **kwargs):
        print("Box init")
        super().__init__(**kwargs)
    def describe(self):
        return ["Box"] + super().describe()

b = Box(color="blue", size=3)
print(b.color, b.size, b.describe())
print([k.__name__ for k in Box.__mro__])
