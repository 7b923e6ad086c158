# __str__ falls back to __repr__; containers always use __repr__.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "nice string"

class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"

for obj in (OnlyRepr(), Both()):
    print(obj, str(obj), repr(obj), f"{obj}", f"{obj!r}", [obj], "%s %r" % (obj, obj))
o = OnlyStr()
print(o, str(o), repr(o).startswith("<__main__.OnlyStr object"), "{}".format(o))
print(str([Both()]), (Both(),), {"k": Both()}, {Both()} == {Both()})
print(", ".join(map(str, [Both(), Both()])))
