# An error inside a function wrapped by two decorators: four frames.
def first(func):
    def wrapper_first(*args):
        return func(*args)
    return wrapper_first

def second(func):
    def wrapper_second(*args):
        return func(*args) + 1
    return wrapper_second

@first
@second
def lookup(d, key):
    return d[key]

print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
