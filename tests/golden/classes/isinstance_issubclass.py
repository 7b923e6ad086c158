# isinstance/issubclass with classes, multiple inheritance and tuples.
class Animal: pass
class Pet: pass
class Dog(Animal, Pet): pass
class Puppy(Dog): pass

p = Puppy()
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Pet), isinstance(p, object), isinstance(p, int))
print(isinstance(p, (int, str, Pet)), isinstance(5, (Animal, int)), isinstance(p, ()))
print(issubclass(Puppy, Animal), issubclass(Dog, Puppy), issubclass(Dog, (int, Pet)), issubclass(Dog, Dog))
print(issubclass(bool, int), issubclass(Dog, object), isinstance(Dog, type), isinstance(type, object))
for f in (lambda: isinstance(p, p), lambda: issubclass(p, Dog), lambda: issubclass(Dog, 1)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
class MyList(list): pass
print(isinstance(MyList(), list), issubclass(MyList, list), type(MyList()) is list)
