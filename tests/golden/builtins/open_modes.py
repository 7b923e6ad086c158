# The text modes: r+, w+, a+, x, and what each may do.
import io
import os

home = os.getcwd()
work = "/tmp/pywalk_open_modes_" + str(os.getpid())
os.mkdir(work)
os.chdir(work)

with open("data.txt", "w+") as f:
    f.write("alpha\nbeta\ngamma\n")
    print(f.tell())
    f.seek(0)
    print(f.readline(), end="")
    print(f.readable(), f.writable(), f.seekable())

with open("data.txt", "r+") as f:
    print(repr(f))
    f.write("ALPHA")
    f.seek(0)
    print(f.read().split())

with open("data.txt", "a+") as f:
    print(f.tell(), repr(f.read()))
    f.write("delta\n")
    f.seek(0)
    print(f.read().split())

with open("new.txt", "x") as f:
    f.write("created\n")
print(open("new.txt").read(), end="")
try:
    open("new.txt", "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename, e)

for mode in ["rt", "tr", "r+t"]:
    with open("data.txt", mode) as f:
        print(mode, f.mode, len(f.read()))

with open("data.txt", "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))
with open("data.txt") as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)

for mode in ["", "+", "rr", "rw", "bt", "z", "U", 3]:
    try:
        open("data.txt", mode)
    except (ValueError, TypeError) as e:
        print(repr(mode), type(e).__name__, e)

os.remove("data.txt")
os.remove("new.txt")
os.chdir(home)
os.rmdir(work)
