# An error raised by a builtin operation inside a handler, caught there, still records the context.
try:
    {}["missing"]
except KeyError:
    try:
        int("x")
    except ValueError as e:
        print("inner:", repr(e), "context:", repr(e.__context__))

def helper():
    try:
        return [][1]
    except IndexError as e:
        return e

try:
    1 / 0
except ZeroDivisionError:
    err = helper()
print(repr(err), "context:", repr(err.__context__))
