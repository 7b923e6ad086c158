# When the failing expression is the whole line, CPython prints no marker line at all.
def check(value):
    validate(value)

def validate(value):
    raise ValueError(f"invalid value: {value!r}")

check(42)
