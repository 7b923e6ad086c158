# The exit status comes from the exception's code attribute, which a handler may change.
import sys
try:
    sys.exit(1)
except SystemExit as e:
    print("was", e.code)
    e.code = 3
    print("now", e.code, e.args)
    raise
