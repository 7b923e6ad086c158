# Functions attached to a class after creation become methods of every instance.
class Robot:
    def __init__(self, name):
        self.name = name

r = Robot("r1")
def speak(self, word="beep"):
    return f"{self.name}: {word}"
Robot.speak = speak
print(r.speak(), Robot("r2").speak("boop"), Robot.speak is speak)
r.speak = lambda: "instance override"
print(r.speak(), Robot("r3").speak())
del r.speak
print(r.speak())
Robot.speak = staticmethod(lambda: "now static")
print(r.speak(), Robot.speak())
del Robot.speak
print(hasattr(r, "speak"))
