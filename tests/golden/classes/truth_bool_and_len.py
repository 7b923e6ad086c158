# Truth value: __bool__ first, then __len__, else always true.
class Empty:
    def __len__(self):
        return 0

class Full:
    def __len__(self):
        return 3

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
    def __len__(self):
        raise AssertionError("not used")

class Nothing:
    pass

for obj in (Empty(), Full(), Flag(True), Flag(False), Nothing()):
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj, obj and "and", obj or "or")
print(len(Full()), [x for x in (Empty(), Full()) if x].__len__(), any([Empty(), Flag(False)]), all([Full(), Nothing()]))
while Flag(False):
    print("never")
class BadBool:
    def __bool__(self):
        return 1
class NegLen:
    def __len__(self):
        return -1
class StrLen:
    def __len__(self):
        return "3"
for obj in (BadBool(), NegLen(), StrLen()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(Nothing())
except TypeError as e:
    print("TypeError:", e)
