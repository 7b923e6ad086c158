# Order in which stacked decorators are applied, printed as they run.
def deco(label):
    print(f"making decorator {label}")
    def apply(func):
        print(f"applying {label} to {func.__name__}")
        def wrapper():
            print(f"enter {label}")
            return func()
        wrapper.__name__ = func.__name__
        return wrapper
    return apply

@deco("outer")
@deco("inner")
def work():
    print("working")
    return 42

print(work())
