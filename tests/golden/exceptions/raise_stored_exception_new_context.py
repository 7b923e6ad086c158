# Re-raising a stored exception inside another handler replaces its __context__.
saved = None
try:
    raise LookupError("saved")
except LookupError as e:
    saved = e
print(repr(saved.__context__))
try:
    1 / 0
except ZeroDivisionError:
    try:
        raise saved
    except LookupError as e:
        print(repr(e.__context__))
try:
    [].pop()
except IndexError:
    raise saved
