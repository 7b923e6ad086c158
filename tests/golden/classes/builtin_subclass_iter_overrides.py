# list/dict/tuple/str subclasses overriding __iter__, __contains__, __len__, keys, __getitem__: who uses them.
class L(list):
    def __iter__(self): return iter(["x", "y"])
    def __contains__(self, v): return v == "magic"
    def __len__(self): return 7
l = L(["a", "b"])
print("".join(l), set(l) == {"x", "y"}, tuple(l), dict(zip(l, l)), list(enumerate(l)), min(l), any(l), sorted(l))
m = [1]; m.extend(l); print(m)
m = [1]; m += l; print(m)
print([1] + l, l + [1], "magic" in l, "a" in l, len(l), bool(L()), l == ["a", "b"], l[0], l[-1])
print(str.join(",", l), ",".join(L(["q"])), list(map(str.upper, l)), [*l], {*l} == {"x", "y"}, max(l, key=len))
class D(dict):
    def __iter__(self): return iter(["k"])
    def keys(self): return ["k"]
    def __getitem__(self, k): return "v:" + k
d = D(a=1)
print(list(d), dict(d), {**d}, list(d.items()), len(d), [k for k in d], sorted(d), set(d))
def f(**kw): return kw
print(f(**d))
x = {}; x.update(d); print(x)
class T(tuple):
    def __iter__(self): return iter([9])
t = T((1, 2))
print(list(t), t + (3,), t[0], len(t), [*t], tuple(t), t == (1, 2), str(t), repr(t))
class S(str):
    def __iter__(self): return iter(["z"])
    def __len__(self): return 9
s = S("ab")
print(list(s), len(s), s.upper(), s + "c", "".join(s), sorted(s), set(s), s[0], [c for c in s], str(s), s == "ab")
