# Errors from open() and from closed files.
import os

try:
    open("missing.txt")
except FileNotFoundError as e:
    print(e)
    print(e.errno, e.strerror, e.filename)
    print(isinstance(e, OSError), type(e).__name__)
try:
    open("/")
except IsADirectoryError as e:
    print(e)
try:
    open(3.5)
except TypeError as e:
    print(e)
for kwargs in [dict(encoding=3), dict(newline=3), dict(errors=3), dict(newline="x"),
               dict(encoding="no-such-codec"), dict(buffering=0), dict(foo=1)]:
    try:
        open("/tmp", "r", **kwargs)
    except (TypeError, ValueError, LookupError, OSError) as e:
        print(kwargs, type(e).__name__, e)
try:
    open()
except TypeError as e:
    print(e)

path = "/tmp/pywalk_open_errors_" + str(os.getpid()) + ".txt"
f = open(path, "w")
try:
    f.write(42)
except TypeError as e:
    print(e)
f.close()
f.close()
print(f.closed)
for op in [f.read, f.readline, f.readlines, f.flush, f.tell, lambda: f.write("x"), lambda: f.seek(0),
           lambda: next(f), f.__enter__, f.writable, f.seekable, f.fileno]:
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
print(f.readable())
g = open(path)
for args in [(1, 1), (1, 2), (0, 3), (-1,), ("a",)]:
    try:
        g.seek(*args)
    except (OSError, ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    g.read("a")
except TypeError as e:
    print(e)
g.close()
os.remove(path)
try:
    os.remove(path)
except FileNotFoundError as e:
    print(e.errno, e.strerror)
with open(path, "w") as f:
    f.write("done\n")
os.remove(path)
with open("no_such_file.txt") as f:
    pass
