# __qualname__ of nested classes, methods, functions defined in methods and lambdas.
class Outer:
    class Inner:
        def method(self):
            def helper():
                pass
            return helper
        class Deepest:
            pass
    def method(self):
        class Local:
            def m(self):
                pass
        return Local
    f = lambda self: None

def factory():
    class Made:
        def get(self):
            return 1
    return Made

print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.Inner().method().__qualname__)
L = Outer().method()
print(L.__qualname__, L.m.__qualname__, Outer.f.__qualname__)
M = factory()
print(M.__qualname__, M.get.__qualname__, M.__name__, M.__module__)
print(repr(M)[:35], M().get)
print(Outer.Inner.Deepest)
