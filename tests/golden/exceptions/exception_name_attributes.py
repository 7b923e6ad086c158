# NameError and ImportError carry the missing name; ImportError and NameError accept name= keywords.
try:
    total = subtotal + 1
except NameError as e:
    print(repr(e.name), "|", e)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(repr(e.name), e.path, "|", e.msg)
e = ImportError("cannot import thing", name="pkg", path="/tmp/pkg.py")
print(e.name, e.path, e.msg, e.args)
print(NameError("boom", name="v").name, repr(ValueError("x")))
for make in [lambda: KeyError("a", name=1), lambda: ImportError("a", bogus=1), lambda: ValueError(x=1)]:
    try:
        make()
    except TypeError as t:
        print("TypeError:", t)
