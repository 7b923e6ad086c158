# Late binding with lambdas inside a function: all lambdas share one cell.
def make_multipliers():
    return [lambda x: x * i for i in range(5)]

for m in make_multipliers():
    print(m(2), end=" ")
print()
