# SystemExit can be caught like any exception; raising SystemExit directly is the same as sys.exit.
import sys

try:
    sys.exit(7)
except SystemExit as e:
    print("intercepted exit with code", e.code)

try:
    raise SystemExit("custom")
except SystemExit as e:
    print("intercepted:", e)

print("really exiting")
raise SystemExit(2)
