# Subclassing Exception with extra attributes; str() comes from args, repr shows the class name.
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

try:
    raise ValidationError("email", "missing @")
except ValidationError as e:
    print(e)
    print(repr(e))
    print(e.field, e.args)
    print(isinstance(e, Exception), type(e).__mro__[1:])
