# SystemExit.code for several arguments is the args tuple; an uncaught one prints it.
import sys
for args in [(), (0,), ("msg",), (1, 2), ([1, 2],)]:
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        print(repr(e), repr(e.code), e.args)
try:
    sys.exit([3, "x"])
except SystemExit as e:
    print(e.code)
raise SystemExit("first", 2)
