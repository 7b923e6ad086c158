# A simple decorator wraps a function and runs code before and after it.
def announce(func):
    def wrapper():
        print("before", func.__name__)
        func()
        print("after", func.__name__)
    return wrapper

@announce
def greet():
    print("hello")

greet()
print(greet.__name__)
