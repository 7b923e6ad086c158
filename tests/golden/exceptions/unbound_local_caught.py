# UnboundLocalError is a NameError subclass: reading a local before assignment.
counter = 0
def increment():
    counter += 1
    return counter

try:
    increment()
except NameError as e:
    print(type(e).__name__, "|", e)
    print(isinstance(e, UnboundLocalError), UnboundLocalError.__mro__[1].__name__)
