# A class-based decorator without __get__ does not bind self when used on a method.
class trace:
    def __init__(self, func):
        self.func = func
    def __call__(self, *args):
        print("args:", len(args))
        return self.func(*args)

class Box:
    @trace
    def size(self):
        return 1

b = Box()
try:
    b.size()
except TypeError as e:
    print("TypeError:", e)
print(Box.size(b))
