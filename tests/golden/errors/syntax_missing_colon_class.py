# SyntaxError: expected ':' after a class header (nothing runs, not even the first print).
print("this never prints")

class Point
    def __init__(self, x):
        self.x = x
