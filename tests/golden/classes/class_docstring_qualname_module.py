# __doc__, __name__, __qualname__ and __module__ of classes, methods and nested classes.
class Shape:
    """A geometric shape."""

    class Kind:
        """Nested kind."""
        def label(self):
            "method doc"
            return "kind"

    def area(self):
        return 0

class Plain:
    pass

print(Shape.__doc__, Shape.__name__, Shape.__qualname__, Shape.__module__)
print(Shape.Kind.__qualname__, Shape.Kind.label.__qualname__, Shape.Kind.label.__doc__)
print(Shape.area.__qualname__, Shape().area.__qualname__, Shape().area.__name__)
print(Plain.__doc__, Plain().__doc__, Plain().__module__)
print(Shape.Kind, Shape.Kind())
def factory():
    class Local:
        def m(self):
            pass
    return Local
L = factory()
print(L.__qualname__, L.m.__qualname__, L.__name__)
print(repr(L))
