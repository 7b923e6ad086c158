# Writing and reading text files with `with`, as tutorials do.
import os

home = os.getcwd()
work = "/tmp/pywalk_open_write_read_" + str(os.getpid())
os.mkdir(work)
os.chdir(work)

with open("notes.txt", "w") as f:
    print(repr(f))
    print(f.name, f.mode, f.closed, f.encoding)
    print(f.write("first line\n"))
    print(f.write("second line\nthird"))
    f.writelines(["\n", "fourth ", "line\n"])
print(f.closed)
print(repr(f))

with open("notes.txt") as f:
    print(repr(f.read()))

with open("notes.txt", "r") as f:
    print(repr(f.read(5)), f.tell())
    print(repr(f.readline()))
    print(repr(f.readline(3)))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
    f.seek(0)
    for line in f:
        print(line.rstrip())

with open("notes.txt", "a") as f:
    f.write("appended\n")
with open("notes.txt") as f:
    lines = f.readlines()
print(len(lines), lines[-1].strip())

with open("notes.txt") as f:
    print([len(line) for line in f])

print(open("notes.txt").readline().upper(), end="")
print(sum(1 for _ in open("notes.txt")))

f = open("count.txt", "w")
for i in range(5):
    print(i, i * i, file=f)
f.close()
with open("count.txt") as f:
    total = 0
    for line in f:
        a, b = line.split()
        total += int(b)
print("total", total)

os.remove("notes.txt")
os.remove("count.txt")
print(os.path.exists("notes.txt"), os.listdir("."))
os.chdir(home)
os.rmdir(work)
print(os.path.exists(work))
