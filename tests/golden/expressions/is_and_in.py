# Identity (is, is not) and membership (in, not in).
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, 2 in a, 3 not in a)
print("ell" in "hello", "z" not in "hello")
print(1 in {1: "x"}, "x" in {1: "x"})
print(3 in range(5), 5 in range(5))
print((1, 2) in [(1, 2), (3, 4)])
