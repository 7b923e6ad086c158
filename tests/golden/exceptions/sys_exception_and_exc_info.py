# sys.exception() and sys.exc_info() report the exception being handled, None outside handlers.
import sys

def show(where):
    e = sys.exception()
    t, v, tb = sys.exc_info()
    print(where, repr(e), t.__name__ if t else None, v is e, type(tb).__name__)

show("outside")
try:
    {}["k"]
except KeyError:
    show("in handler")
    try:
        int("x")
    except ValueError:
        show("nested handler")
    show("back in outer handler")
show("after")
try:
    try:
        1 / 0
    finally:
        show("in finally")
except ZeroDivisionError:
    pass
