# A decorator stacked on top of classmethod receives the classmethod object; under it, the plain function.
def describe(obj):
    print("decorating a", type(obj).__name__)
    return obj

class Widget:
    @describe
    @classmethod
    def create(cls):
        return cls()

    @classmethod
    @describe
    def build(cls):
        return cls.__name__

print(type(Widget.create()).__name__)
print(Widget.build())
