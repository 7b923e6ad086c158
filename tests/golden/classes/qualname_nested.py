# __qualname__ of nested classes, methods and classes defined inside functions.
class Outer:
    class Inner:
        def method(self):
            pass
    def method(self):
        def helper():
            pass
        return helper

def factory():
    class Local:
        def go(self):
            pass
    return Local

print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer.method.__qualname__, Outer().method().__qualname__)
L = factory()
print(L.__qualname__, L.go.__qualname__, L.__name__)
print(Outer.Inner, L)
print(Outer.Inner().method)
