# Default reprs: classes, instances, nested and local classes.
class Widget:
    pass

class Outer:
    class Inner:
        pass

def make():
    class Local:
        pass
    return Local()

print(Widget, Outer.Inner, type(make()))
print(Widget())
print(Outer.Inner())
print(make())
print(str(Widget()).startswith("<__main__.Widget object at 0x"))
print([Widget], {"w": Outer.Inner})
print(f"{Widget()!r}", f"{Widget}")
print(object(), type(object()))
