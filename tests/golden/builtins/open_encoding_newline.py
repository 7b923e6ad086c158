# encoding=, errors= and newline= of text files.
import os

home = os.getcwd()
work = "/tmp/pywalk_open_encoding_" + str(os.getpid())
os.mkdir(work)
os.chdir(work)
path = "text.txt"

with open(path, "w", encoding="utf-8") as f:
    print(f.encoding, f.write("héllo wörld ✓\n"))
with open(path, encoding="utf-8") as f:
    print(repr(f.read(3)), f.tell(), repr(f.read()))
with open(path, encoding="latin-1") as f:
    print(repr(f.read()))
try:
    open(path, encoding="ascii").read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(repr(open(path, encoding="ascii", errors="replace").read()))
print(repr(open(path, encoding="ascii", errors="ignore").read()))

with open(path, "w", encoding="latin-1") as f:
    print(f)
    f.write("café\n")
print(repr(open(path, encoding="latin-1").read()))
try:
    open(path, encoding="utf-8").read()
except UnicodeDecodeError as e:
    print(e)
try:
    with open(path, "w", encoding="ascii") as f:
        f.write("naïve")
except UnicodeEncodeError as e:
    print(e)
try:
    with open(path, "w", encoding="ASCII") as f:
        f.write("ab€€c")
except UnicodeEncodeError as e:
    print(e)

with open(path, "w", newline="") as f:
    f.write("one\r\ntwo\rthree\nfour")
print(repr(open(path).read()))
print(open(path).readlines())
print(open(path, newline="").readlines())
print(open(path, newline="\n").readlines())
print(open(path, newline="\r").readlines())
with open(path, "w", newline="\r\n") as f:
    f.write("a\nb\n")
print(repr(open(path, newline="").read()))
print(open(path, newline="\r\n").readlines())
os.remove(path)
os.chdir(home)
os.rmdir(work)
