# Warning classes are exceptions too: they can be raised and caught, and print like any other.
def check(level):
    if level > 2:
        raise DeprecationWarning(f"level {level} is deprecated")
    if level > 1:
        raise UserWarning("level", level)
    return "ok"

for level in [1, 2, 3]:
    try:
        print(check(level))
    except Warning as w:
        print(type(w).__name__, w.args, str(w))
raise RuntimeWarning("careful")
