# Tuple and list unpacking, nested targets, and iterating over pairs.
a, b = 1, 2
(c, d), e = (3, 4), 5
[f, g] = "xy"
print(a, b, c, d, e, f, g)
for i, (name, score) in enumerate([("ann", 90), ("bo", 85)]):
    print(i, name, score)
x, y, z = range(3)
print(x, y, z)
