# A list containing itself prints as [...].
a = [1, 2]
a.append(a)
print(a)
b = [a, [a]]
print(b)
c = []
c.append(c)
c.append(c)
print(c)
