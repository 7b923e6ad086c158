# A class docstring is __doc__; the class namespace holds methods and attributes in definition order.
class Circle:
    """A circle with a radius."""
    unit = "cm"
    def __init__(self, r):
        self.r = r
    def area(self):
        """Approximate area."""
        return 3 * self.r ** 2

print(Circle.__doc__)
print(Circle.area.__doc__)
print([k for k in Circle.__dict__ if not k.startswith("__")])
print(Circle(2).__doc__)
print(Circle(2).area())
