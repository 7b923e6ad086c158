# The Unicode error classes need their exact arguments; UnicodeError alone takes anything.
for cls in [UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError]:
    try:
        cls("bad")
    except TypeError as e:
        print(cls.__name__, "->", e)
e = UnicodeError("could not convert")
print(repr(e), isinstance(e, ValueError))
try:
    raise UnicodeError("while decoding")
except ValueError as e:
    print("caught as ValueError:", e)
