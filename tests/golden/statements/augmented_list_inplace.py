# += on a list extends it in place (other names see it); + makes a new list.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u)
