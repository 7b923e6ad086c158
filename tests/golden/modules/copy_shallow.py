# copy.copy: new containers, same items; immutables returned as they are
import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
print(b == a, b is a, b[1] is a[1], b[2] is a[2])
d = {"x": [1], "y": 2}
e = copy.copy(d)
e["x"].append(9)
print(d, e, e is d)
s = {1, 2, 3}
print(copy.copy(s) == s, copy.copy(s) is s)
t = (1, [2])
print(copy.copy(t) is t, copy.copy(5), copy.copy(None))
print(copy.copy(frozenset([1])), copy.copy(range(3)), copy.copy(len) is len)
def f():
    pass
print(copy.copy(f) is f)
