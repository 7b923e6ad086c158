# operator.itemgetter, attrgetter, methodcaller: results and reprs
from operator import itemgetter, attrgetter, methodcaller

rows = [("bob", 3), ("alice", 5), ("carol", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("a", "b")({"a": 1, "b": 2}))
print(itemgetter(slice(1, 3))([1, 2, 3, 4]))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(attrgetter("real", "imag.real")))
def f():
    pass
def g():
    pass
f.inner = g
g.value = 42
f.name = "eff"
print(attrgetter("name")(f), attrgetter("inner.value")(f), attrgetter("name", "inner.value")(f))
print(attrgetter("real", "imag")(3), attrgetter("__name__")(len))
up = methodcaller("upper")
print(up("abc"), methodcaller("split", ",")("a,b,c"), methodcaller("replace", "a", "o", 1)("banana"))
print(methodcaller("get", "k", "default")({}), repr(methodcaller("split", ",", maxsplit=1)))
print(list(map(methodcaller("count", "a"), ["aa", "b", "aaa"])))
