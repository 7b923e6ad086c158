# A suspended generator that is dropped is closed: its finally blocks run.
def reader(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}:{i}"
    finally:
        print("close", name)

for line in reader("a"):
    print(line)
    if line.endswith("1"):
        break
print("after break")

r = reader("b")
print(next(r))
del r
print("after del")

def first(gen):
    for x in gen:
        return x
print(first(reader("c")))

class Resource:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None)
        return False

def managed():
    with Resource():
        yield 1
        yield 2

m = managed()
print(next(m))
m.close()
print(list(managed()))
