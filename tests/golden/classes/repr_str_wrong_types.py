# __repr__/__str__/__format__ returning non-strings.
class BadRepr:
    def __repr__(self):
        return 42

class BadStr:
    def __str__(self):
        return None

class BadFormat:
    def __format__(self, spec):
        return 1

for f in (lambda: repr(BadRepr()), lambda: str(BadStr()), lambda: print(BadStr()),
          lambda: format(BadFormat()), lambda: f"{BadFormat():x}", lambda: str(BadRepr())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
