# Using a class whose instances lack __call__ as a decorator: the decorated name is not callable.
class Remember:
    def __init__(self, func):
        self.func = func

@Remember
def hello():
    return "hi"

print(type(hello).__name__)
print(hello.func())
hello()
