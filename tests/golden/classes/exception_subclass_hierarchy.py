# User exception hierarchies: custom __init__/__str__, attributes, catching by base.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name

class Invalid(AppError, ValueError):
    def __str__(self):
        return "invalid: " + ", ".join(map(str, self.args))

for exc in (NotFound("x"), Invalid(1, 2), AppError()):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, str(e), repr(e), e.args, isinstance(e, Exception))
try:
    raise Invalid("v")
except ValueError as e:
    print("caught as ValueError:", e)
print(NotFound.__mro__)
e = NotFound("y")
print(e.name, e.__dict__, hasattr(e, "__traceback__"))
