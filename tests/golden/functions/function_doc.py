# __doc__ is the first string literal of the body, or None.
def documented():
    """Return nothing.

    Longer description here.
    """

def undocumented():
    x = "not a docstring"

def single():
    'single quotes'
    return 1

print(repr(documented.__doc__))
print(undocumented.__doc__)
print(single.__doc__)
