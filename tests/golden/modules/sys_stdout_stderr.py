# sys.stdout/sys.stderr: write() returns the length; print(file=...) writes through them
import sys

n = sys.stdout.write("hello\n")
print(n)
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
sys.stderr.write("direct stderr\n")
sys.stdout.flush()
print(sys.stdout.write("é€\n"))
print(repr(sys.stdout), repr(sys.stderr), repr(sys.stdin))
print(sys.stdout.encoding, sys.stdout.name, sys.stderr.mode)
print("a", "b", sep="-", end="!\n", file=sys.stderr)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdout.write()
except TypeError as e:
    print("TypeError:", e)
