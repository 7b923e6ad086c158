# Lambdas: anonymous one-expression functions, with defaults and varargs.
square = lambda x: x * x
add = lambda a, b=10: a + b
collect = lambda *a, **k: (a, k)
print(square(6), add(1), add(1, 2))
print(collect(1, 2, k=3))
print((lambda: "no args")())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
