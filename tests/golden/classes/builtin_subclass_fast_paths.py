# Subclasses of str/list/tuple/dict overriding __str__/__format__/__iter__/__getitem__: no exact-type shortcuts.
class S(str):
    def __str__(self): return "S!"
    def __format__(self, spec): return "F!" + spec
    def __add__(self, o): return "added"
s = S("x")
print(f"{s}", f"{s:>3}", str(s), format(s))
t = s
t += "y"
print(t)
class L(list):
    def __iter__(self): return iter([9, 9])
    def __len__(self): return 5
def f(*a): return a
l = L([1, 2])
print(f(*l))
a, b = l
print(a, b, len(l), list(l), tuple(l), [*l], sorted(l), sum(l), max(l), min(l), set(l), "-".join(map(str, l)), any(l), all(l))
for x in l: print(x)
print(list(enumerate(l)), list(zip(l, l)), dict.fromkeys(l), list(reversed(L([1,2,3]))))
class T(tuple):
    def __getitem__(self, i): return 42
    def __iter__(self): return iter("ab")
t = T((1,2))
print(t[0], t[0:1], list(t), f(*t))
x, y = t
print(x, y)
class D(dict):
    def __getitem__(self, k): return 7
    def keys(self): return ["a"]
d = D(a=1)
print(d["a"], d.get("a"), dict(d), {**d})
def g(**kw): return kw
print(g(**d))
