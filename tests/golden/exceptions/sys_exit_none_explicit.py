# sys.exit(None) and SystemExit() end the program with status 0 and print nothing.
import sys
print("before")
try:
    sys.exit(None)
except SystemExit as e:
    print("code", e.code, "args", e.args)
sys.exit(None)
