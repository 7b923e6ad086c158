# type(obj), obj.__class__, __name__, __qualname__ and __module__ for user classes and builtins.
class Pet:
    pass
class Cat(Pet):
    pass

c = Cat()
print(type(c), c.__class__, type(c) is Cat)
print(type(c).__name__, c.__class__.__name__, Cat.__module__)
print(type(c) == Pet, isinstance(c, Pet))
print(type(3).__name__, type("").__name__, type([]).__name__, type(None).__name__)
print(type(Cat), type(type), type(print).__name__)
for v in [1, 2.0, "x", [1], (1,), {1: 2}, None, Cat]:
    print(type(v).__name__, end=" ")
print()
