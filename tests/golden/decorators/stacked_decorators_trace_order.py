# Decoration happens bottom-up at definition time; calls go through the outermost wrapper first.
class Tag:
    def __init__(self, name):
        self.name = name
        print("made Tag", name)

    def __call__(self, func):
        print("decorating", func.__name__, "with", self.name)
        tag = self.name
        def wrapper():
            print("enter", tag)
            r = func()
            print("exit", tag)
            return r
        wrapper.__name__ = func.__name__
        return wrapper

@Tag("outer")
@Tag("inner")
def work():
    print("working")
    return 42

print(work())
