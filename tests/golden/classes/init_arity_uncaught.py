# Constructing with too few arguments, uncaught.
class Temperature:
    def __init__(self, celsius, scale):
        self.celsius = celsius

def build():
    return Temperature(21)

build()
