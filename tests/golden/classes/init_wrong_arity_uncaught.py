# Uncaught: calling a class with too many arguments reports __init__'s qualified name.
class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

r = Rectangle(3, 4)
print(r.width * r.height)
square = Rectangle(3, 3, 3)
