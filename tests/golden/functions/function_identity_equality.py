# Functions compare by identity; a def creates a new object each time.
def make():
    def f():
        pass
    return f

a = make()
b = make()
print(a == b, a is b, a == a)
print(a.__code__ is b.__code__)
print(callable(a), callable(42))
