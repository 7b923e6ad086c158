# __module__ of functions defined in the main script.
def f():
    pass

print(f.__module__)
print((lambda: 0).__module__)
print(__name__)
