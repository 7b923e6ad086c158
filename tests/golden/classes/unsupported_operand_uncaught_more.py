# Uncaught: adding two user objects without __add__; the traceback marks the binary operator.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

a = Vector(1, 2)
b = Vector(3, 4)
total = a + b
