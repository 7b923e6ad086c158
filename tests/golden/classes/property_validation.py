# Validation in a property setter.
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    @property
    def age(self):
        return self._age

    @age.setter
    def age(self, value):
        if not isinstance(value, int):
            raise TypeError(f"age must be an int, not {type(value).__name__}")
        if value < 0:
            raise ValueError("age must be >= 0")
        self._age = value

p = Person("ada", 36)
print(p.name, p.age)
for bad in (-1, "ten", 3.5):
    try:
        p.age = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    Person("bob", -5)
except ValueError as e:
    print("ValueError:", e)
print(p.age, sorted(vars(p)))
