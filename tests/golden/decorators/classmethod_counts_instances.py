# classmethod and class attribute counting instances per class; cls is the subclass when called on it.
class Shape:
    count = 0

    def __init__(self):
        type(self).count += 1

    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.count}"

class Square(Shape):
    count = 0

class Circle(Shape):
    pass

Square(); Square(); Circle()
print(Shape.how_many())
print(Square.how_many())
print(Circle.how_many())
print(Square().how_many())
