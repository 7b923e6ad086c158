# copy.deepcopy: nested containers copied, shared references kept shared, cycles rebuilt
import copy

inner = [1, 2]
outer = [inner, inner, {"k": inner}]
c = copy.deepcopy(outer)
print(c, c[0] is c[1], c[0] is c[2]["k"], c[0] is inner)
c[0].append(3)
print(c, outer)
loop = [1]
loop.append(loop)
d = copy.deepcopy(loop)
print(d, d[1] is d, d is loop)
dd = {"a": 1}
dd["self"] = dd
cd = copy.deepcopy(dd)
print(cd["self"] is cd, cd is dd)
t = (1, "a", (2, 3))
print(copy.deepcopy(t) is t)
t2 = (1, [2])
ct = copy.deepcopy(t2)
print(ct == t2, ct is t2, ct[1] is t2[1])
s = frozenset([1, (2, 3)])
print(copy.deepcopy(s) == s, copy.deepcopy({1, 2}))
memo = {}
x = [[]]
y = copy.deepcopy(x, memo)
print(y, y[0] is not x[0], len(memo) >= 2)
