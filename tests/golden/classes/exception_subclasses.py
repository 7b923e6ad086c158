# User exception classes: hierarchy, extra attributes, custom __str__, catching by base.
class AppError(Exception):
    """Base of the application's errors."""

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"{key!r} not found")
        self.key = key

class Invalid(AppError):
    def __init__(self, field, reason):
        self.field, self.reason = field, reason
    def __str__(self):
        return f"{self.field}: {self.reason}"

def lookup(key):
    raise NotFound(key)

for exc in (NotFound("k"), Invalid("age", "negative"), AppError("generic"), AppError()):
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.key, e.args)
    except AppError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3], AppError.__doc__)
try:
    lookup("user")
except Exception as e:
    print(isinstance(e, AppError), type(e).__qualname__, e.__class__.__module__)
