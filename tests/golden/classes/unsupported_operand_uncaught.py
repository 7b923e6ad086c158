# An uncaught unsupported operand error between two classes.
class Meters:
    def __init__(self, v):
        self.v = v

class Seconds:
    def __init__(self, v):
        self.v = v

distance = Meters(5)
time = Seconds(2)
speed = distance / time
