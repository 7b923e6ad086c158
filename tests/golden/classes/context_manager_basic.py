# A context manager class: __enter__'s return value is bound by `as`, __exit__ runs on normal exit.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type)
        return False

with Resource("db") as r:
    print("using", r.name)
print("after")
with Resource("file"):
    print("no as")
