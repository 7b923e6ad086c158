# getattr/hasattr/setattr/delattr on builtin values and functions
def f():
    pass
print(getattr("abc", "upper")(), getattr(1, "nope", "default"), hasattr("a", "split"), hasattr(1, "nope"))
setattr(f, "tag", 42)
print(getattr(f, "tag"), hasattr(f, "tag"), f.tag)
delattr(f, "tag")
print(hasattr(f, "tag"), getattr(f, "__name__"))
for bad in (lambda: getattr(1, "x"), lambda: getattr(1, 2), lambda: getattr(1), lambda: hasattr(1),
            lambda: setattr(1, "x", 2), lambda: delattr(1, "x"), lambda: getattr(x=1), lambda: vars(1)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
