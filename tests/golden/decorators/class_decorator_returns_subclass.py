# A class decorator may return a new subclass of the decorated class that extends a method.
def loud(cls):
    class Loud(cls):
        def speak(self):
            return super().speak().upper() + "!"
    Loud.__name__ = cls.__name__
    return Loud

@loud
class Dog:
    def speak(self):
        return "woof"

d = Dog()
print(d.speak())
print(Dog.__name__, Dog.__mro__[1].__name__)
print(isinstance(d, Dog.__mro__[1]))
