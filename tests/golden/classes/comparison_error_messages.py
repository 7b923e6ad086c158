# Unsupported comparisons between instances: CPython's messages for each operator.
class A: pass
class B: pass
a, b = A(), B()
for op in ("<", "<=", ">", ">="):
    try:
        eval(f"a {op} b") if False else {"<": lambda: a < b, "<=": lambda: a <= b,
                                         ">": lambda: a > b, ">=": lambda: a >= b}[op]()
    except TypeError as e:
        print("TypeError:", e)
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" >= b
except TypeError as e:
    print("TypeError:", e)
print(a == b, a != b, a == a, a is not b)
