# TypeError for unsupported operand types, raised inside a function.
def add(a, b):
    return a + b

print(add(1, 2))
print(add("a", "b"))
print(add(1, "2"))
