# Class attributes are shared; assigning through an instance creates an instance attribute that shadows it.
class Dog:
    species = "canis familiaris"
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1

a, b = Dog("Rex"), Dog("Fido")
print(a.species, b.species, Dog.count)
a.species = "wolf"
print(a.species, b.species, Dog.species)
print(a.__dict__, b.__dict__)
del a.species
print(a.species)
Dog.species = "dog"
print(a.species, b.species)
