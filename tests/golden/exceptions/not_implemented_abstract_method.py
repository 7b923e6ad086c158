# NotImplementedError as the "abstract method" convention in a base class.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

class Blob(Shape):
    pass

for shape in [Square(3), Blob()]:
    try:
        print(type(shape).__name__, shape.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is NotImplementedError)
