# An error raised inside __init__ while creating an object shows the __init__ frame.
class Rectangle:
    def __init__(self, width, height):
        if width <= 0 or height <= 0:
            raise ValueError(f"sides must be positive, got {width}x{height}")
        self.width = width
        self.height = height

shapes = [Rectangle(2, 3)]
shapes.append(Rectangle(0, 5))
