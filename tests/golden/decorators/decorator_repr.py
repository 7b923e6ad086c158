# The repr of a decorated function names the wrapper's qualified name.
def deco(func):
    def wrapper():
        return func()
    return wrapper

@deco
def target():
    pass

print(target)
print(deco)
print(target.__module__)
