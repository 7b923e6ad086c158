# A class decorator that wraps every public method of a class with a logging wrapper.
def log_methods(cls):
    for name, value in list(vars(cls).items()):
        if callable(value) and not name.startswith("_"):
            def make(name, func):
                def wrapper(self, *args):
                    print(f"-> {cls.__name__}.{name}{args}")
                    return func(self, *args)
                return wrapper
            setattr(cls, name, make(name, value))
    return cls

@log_methods
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()

s = Stack()
s.push(1)
s.push(2)
print(s.pop())
print(s.items)
