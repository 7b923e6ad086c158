# Closures in a dict comprehension and a nested function using a comprehension.
def make_table(factor):
    return {k: (lambda k=k: k * factor) for k in range(1, 4)}

table = make_table(3)
print({k: f() for k, f in table.items()})

def scale_all(values, factor):
    return [v * factor for v in values]

print(scale_all([1, 2, 3], 5))
