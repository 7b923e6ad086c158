# Tracking success with try/except/else/finally inside a function that opens and closes a fake resource.
class FakeFile:
    def __init__(self, name):
        self.name, self.closed = name, False
        print("open", name)
    def read(self):
        if self.name.endswith(".bin"):
            raise UnicodeError("cannot decode binary")
        return f"contents of {self.name}"
    def close(self):
        self.closed = True
        print("close", self.name)

def read_all(names):
    out = []
    for name in names:
        f = FakeFile(name)
        try:
            data = f.read()
        except UnicodeError as e:
            out.append(f"error: {e}")
        else:
            out.append(data)
        finally:
            f.close()
    return out

print(read_all(["a.txt", "b.bin"]))
