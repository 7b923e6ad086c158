# property without setter/deleter, property docstrings, and property objects on the class.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    def _get_f(self):
        return self._c * 9 / 5 + 32
    def _set_f(self, v):
        self._c = (v - 32) * 5 / 9
    fahrenheit = property(_get_f, _set_f, doc="In F.")
    only_set = property(None, _set_f)

t = Temp()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, Temp.fahrenheit.__doc__)
for f in (lambda: setattr(t, "celsius", 1), lambda: delattr(t, "celsius"), lambda: t.only_set,
          lambda: delattr(t, "fahrenheit")):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
p = Temp.celsius
print(type(p).__name__, p.fget.__name__, p.fset, p.fdel, isinstance(p, property))
q = p.setter(lambda self, v: setattr(self, "_c", v))
print(q is p, q.fset is not None, p.fset)
