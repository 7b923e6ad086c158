# dir() of an instance lists attributes sorted, including class attributes and methods.
class Robot:
    model = "R2"
    def __init__(self):
        self.serial = 42
        self.active = True
    def beep(self):
        return "beep"

r = Robot()
print([n for n in dir(r) if not n.startswith("__")])
print([n for n in dir(Robot) if not n.startswith("__")])
print("__init__" in dir(r), "__dict__" in dir(r))
