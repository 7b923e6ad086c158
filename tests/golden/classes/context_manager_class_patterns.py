# Context managers as classes: resources, suppression, nesting, return values of __enter__.
class Resource:
    log = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.log.append(f"open {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        Resource.log.append(f"close {self.name} {exc_type.__name__ if exc_type else None}")
        return False

class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.types)

with Resource("a") as a, Resource("b") as b:
    print(a.name, b.name)
with Suppress(KeyError):
    {}["missing"]
print("suppressed")
try:
    with Resource("c"):
        raise ValueError("boom")
except ValueError as e:
    print("ValueError:", e)
def f():
    with Resource("d"):
        return "returned"
print(f())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
print(Resource.log)
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
