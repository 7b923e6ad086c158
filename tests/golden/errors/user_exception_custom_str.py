# An uncaught user exception whose __str__ is overridden: the last line uses __str__.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"

def validate(form):
    if "@" not in form.get("email", ""):
        raise ValidationError("email", "missing '@'")

validate({"email": "a@b"})
validate({"email": "ab"})
