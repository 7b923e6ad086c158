# The with statement: __enter__ result bound by `as`, __exit__ always called.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        return False

with Resource("db") as handle:
    print("inside with", handle)
with Resource("plain"):
    print("no target")
try:
    with Resource("failing") as h:
        print("about to fail")
        raise KeyError("k")
    print("not reached")
except KeyError as e:
    print("caught", repr(e))
with Resource("tuple") as (first, *rest):
    print(first, rest)
