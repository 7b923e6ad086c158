# sys.exit() and sys.exit(0) exit with status 0; SystemExit.code is None or the value.
import sys

for arg in [(), (0,), (5,), ("bye",)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e), repr(e.code))
print("now exiting with None")
sys.exit(None)
