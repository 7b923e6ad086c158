# property with getter, setter and deleter in decorator form.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        """Temperature in degrees Celsius."""
        print("get")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("set", value)
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("delete")
        del self._c

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t._c)
del t.celsius
print(hasattr(t, "_c"))
p = Temperature.__dict__["celsius"]
print(type(p).__name__, p.__doc__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(Temperature.celsius is p, Temperature.fahrenheit.fset)
