# Chained assignment binds every target to the same object.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
first = second = (1, 2)
p, q = r = (3, 4)
print(p, q, r)
