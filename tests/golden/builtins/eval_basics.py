# eval() of expressions: the caller's names, given globals and locals.
x = 10
print(eval("x + 1"))
print(eval("  [i * i for i in range(4)]"))
print(eval("'abc'.upper()"), eval("len('hello')"), eval("1 + 2\n"))
print(eval("a * b", {"a": 6, "b": 7}))
print(eval("a + b", {"a": 1}, {"b": 2}))
print(eval("x", {"x": "from globals"}, {"x": "from locals"}))
print(eval("max(values)", {"values": [3, 9, 2]}))
print(eval("lambda n: n + x")(5))

def area(r):
    pi = 3.0
    return eval("pi * r * r")

print(area(2))
g = {"n": 4}
print(eval("n ** 2", g), "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
for expr in ["2 ** 10", "divmod(17, 5)", "[1, 2] + [3]", "{'k': 1}['k']", "not True"]:
    print(expr, "=", eval(expr))
for bad in [3, None]:
    try:
        eval(bad)
    except TypeError as e:
        print(e)
try:
    eval("1", [])
except TypeError as e:
    print(e)
try:
    eval("1", {}, 3)
except TypeError as e:
    print(e)
try:
    eval()
except TypeError as e:
    print(e)
