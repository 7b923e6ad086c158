# sys.exit with an int out of range for the status: the status wraps as CPython's.
import sys
print("exiting with -1")
sys.exit(-1)
