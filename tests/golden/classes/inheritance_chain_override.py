# A three-level inheritance chain: overriding, inheriting and extending methods with super().
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"

class Dog(Animal):
    def speak(self):
        return "Woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"

for a in (Animal("generic"), Dog("Rex"), Puppy("Bit")):
    print(a.describe())
print(Puppy.__bases__, Puppy.__base__.__name__)
print([c.__name__ for c in Puppy.__mro__])
