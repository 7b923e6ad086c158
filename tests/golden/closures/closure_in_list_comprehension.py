# A lambda inside a list comprehension closes over the comprehension's variable.
fs = [lambda: n * n for n in range(4)]
print([f() for f in fs])
gs = [(lambda m: lambda: m * m)(n) for n in range(4)]
print([g() for g in gs])
print(fs[0].__code__.co_freevars)
