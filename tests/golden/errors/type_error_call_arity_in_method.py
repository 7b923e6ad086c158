# Calling a method with a missing argument: the message uses the method's qualified name.
class Thermostat:
    def __init__(self):
        self.target = 20

    def set_target(self, value, unit):
        self.target = value if unit == "C" else (value - 32) * 5 / 9

t = Thermostat()
t.set_target(70, "F")
print(round(t.target, 1))
t.set_target(21)
