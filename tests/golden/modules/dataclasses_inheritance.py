# Dataclass inheritance: base fields come first, a redefined field keeps its place, defaults must trail.
from dataclasses import dataclass, fields, is_dataclass


@dataclass
class Animal:
    name: str
    sound: str = "..."

    def speak(self):
        return f"{self.name} says {self.sound}"


@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: int = 0


@dataclass
class Puppy(Dog):
    age: int = 1


d = Dog("rex")
print(d, d.speak(), Puppy("bit", tricks=2), [f.name for f in fields(Puppy)])
print(Dog.__doc__, Puppy.__doc__, Dog.__match_args__)
print(d == Animal("rex", "woof"), Dog("a") == Dog("a"), isinstance(d, Animal))
print(is_dataclass(Dog), is_dataclass(d), is_dataclass(int), is_dataclass("x"))


class Plain:
    shared = "plain"

    def describe(self):
        return f"{type(self).__name__}: {self!r}"


@dataclass
class Mixed(Plain):
    value: int = 0


class NotData(Mixed):
    pass


print(Mixed(3).describe(), NotData(4), NotData(4) == Mixed(4), NotData.__init__ is Mixed.__init__)

try:
    @dataclass
    class Bad(Animal):
        legs: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Base:
    x: int

    def __post_init__(self):
        print("Base post_init", self)


@dataclass
class Derived(Base):
    y: int = 2


Derived(1)


@dataclass
class Overrides(Base):
    def __init__(self):
        self.x = -1


print(Overrides(), Overrides.__dataclass_fields__.keys())
