# classmethods bound to the class they are called on, per-subclass state.
class Shape:
    count = 0
    def __init__(self):
        type(self).register()
    @classmethod
    def register(cls):
        cls.count += 1
        return cls.count
    @classmethod
    def describe(cls):
        return f"{cls.__name__}: {cls.count}"

class Circle(Shape): pass
class Square(Shape): pass

Circle(); Circle(); Square()
print(Shape.describe(), Circle.describe(), Square.describe())
print(Circle().describe(), Shape.count)
