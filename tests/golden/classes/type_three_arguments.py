# type(name, bases, dict) builds classes dynamically.
def speak(self):
    return f"{self.name} says {self.sound}"

Animal = type("Animal", (), {"sound": "...", "speak": speak, "__init__": lambda self, n: setattr(self, "name", n)})
Dog = type("Dog", (Animal,), {"sound": "woof"})
d = Dog("rex")
print(Animal, Dog, Dog.__bases__, d.speak(), isinstance(d, Animal))
print(Dog.__qualname__, Dog.__module__, sorted(k for k in Dog.__dict__))
print(type(d) is Dog, type(Dog), type(type))
Empty = type("Empty", (), {})
print(Empty(), Empty.__mro__)
for args in [("A", 1, {}), ("A", (), 1), (1, (), {}), ("A", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("A", ())
except TypeError as e:
    print("TypeError:", e)
