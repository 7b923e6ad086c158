# input() on a CRLF-terminated stdin keeps the "\r" (CPython's sys.stdin splits at "\n" only on
# POSIX), so programs must strip it themselves.
name = input("Name: ")
print(repr(name), repr(name.strip()))
age = input("Age: ")
print(repr(age), int(age) + 1)
rest = input()
print(repr(rest))
