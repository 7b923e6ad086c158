# A custom __init__ that never calls super().__init__: args still holds the constructor arguments.
class Oops(Exception):
    def __init__(self, code):
        self.code = code

e = Oops(42)
print(e.args, e.code)
print(str(e), repr(e))
class Plain(Exception):
    pass
p = Plain()
print(p.args, repr(str(p)), repr(p))
