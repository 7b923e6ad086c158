# Swapping variables and list items with tuple assignment.
a, b = 1, 2
a, b = b, a
print(a, b)
items = [1, 2, 3, 4]
items[0], items[-1] = items[-1], items[0]
print(items)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
