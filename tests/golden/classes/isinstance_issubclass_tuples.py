# isinstance/issubclass with a single class, a tuple of classes and nested tuples; bad second argument errors.
class Shape: pass
class Circle(Shape): pass
class Square(Shape): pass
class Text: pass

items = [Circle(), Square(), Text(), 3, "s"]
print([isinstance(x, Shape) for x in items])
print([isinstance(x, (Circle, Text)) for x in items])
print([isinstance(x, (int, (str, Square))) for x in items])
print(issubclass(Circle, Shape), issubclass(Shape, Circle), issubclass(Circle, (Text, object)))
print(issubclass(bool, int), isinstance(True, int))
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(Circle(), Shape)
except TypeError as e:
    print("TypeError:", e)
