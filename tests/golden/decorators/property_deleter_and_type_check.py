# property getter/setter/deleter in decorator form, the setter checking the type.
class Person:
    def __init__(self, name):
        self.name = name

    @property
    def name(self):
        print("get name")
        return self._name

    @name.setter
    def name(self, value):
        if not isinstance(value, str):
            raise TypeError(f"name must be str, not {type(value).__name__}")
        self._name = value.strip().title()

    @name.deleter
    def name(self):
        print("deleting name")
        del self._name

p = Person("  ada lovelace ")
print(p.name)
try:
    p.name = 42
except TypeError as e:
    print(e)
del p.name
print(hasattr(p, "_name"))
