# sys.exit("message") prints the message to stderr and exits with status 1.
import sys

def check(args):
    if not args:
        sys.exit("usage: prog FILE")

print("starting")
check([])
