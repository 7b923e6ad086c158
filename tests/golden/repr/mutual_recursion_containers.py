# Two containers referring to each other.
a = [1]
b = {"a": a}
a.append(b)
print(a)
print(b)
t = (a,)
print(t)
