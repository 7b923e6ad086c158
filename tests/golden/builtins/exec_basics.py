# exec() of statements: definitions, namespaces, loops.
exec("y = 5\nprint('y is', y)")
print(y)
exec("def square(n):\n    return n * n")
print(square(7), square.__name__)
code = """
total = 0
for i in range(5):
    total += i
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
"""
ns = {}
print(exec(code, ns))
print(ns["total"], ns["Point"](1, 2), sorted(k for k in ns if k != "__builtins__"))
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(loc)
g = {"base": 100}
l = {}
exec("r = base + 1\nfrom math import sqrt\ns = sqrt(16)", g, l)
print(sorted(l.items()), "r" in g)

def run():
    v = 3
    exec("print('v =', v)")
    exec("w = v * 2\nprint('w =', w)")
    return v

print(run())
counter = 0
for _ in range(3):
    exec("counter += 1")
print(counter)
exec("import math; print(math.floor(2.5))")
exec("")
try:
    exec("1", [])
except TypeError as e:
    print(e)
try:
    exec()
except TypeError as e:
    print(e)
try:
    exec(5)
except TypeError as e:
    print(e)
