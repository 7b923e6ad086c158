# Cooperative multiple inheritance: every __init__ calls super().__init__(**kwargs), each runs exactly once.
class Base:
    def __init__(self, **kwargs):
        print("Base init, leftover:", kwargs)
        super().__init__()

class Named(Base):
    def __init__(self, name, **kwargs):
        print("Named init")
        self.name = name
        super().__init__(**kwargs)

class Aged(Base):
    def __init__(self, age, **kwargs):
        print("Aged init")
        self.age = age
        super().__init__(**kwargs)

class Person(Named, Aged):
    def __init__(self, **kwargs):
        print("Person init")
        super().__init__(**kwargs)

p = Person(name="Ann", age=30)
print(p.name, p.age)
print([c.__name__ for c in Person.__mro__])
