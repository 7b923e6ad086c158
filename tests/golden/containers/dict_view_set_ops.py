# dict.keys()/items() views support the set operators & | - ^ (with sets, other views and any
# iterable, on either side) and compare with sets as sets; dict.values() does not.
stock = {"apple": 3, "pear": 0, "fig": 7, "kiwi": 2}
wanted = {"fig": 1, "plum": 4, "apple": 3}
print(stock.keys() & wanted.keys())
print(sorted(stock.keys() | wanted.keys()))
print(stock.keys() - wanted.keys(), wanted.keys() - stock.keys())
print(sorted(stock.keys() ^ wanted.keys()))
print(stock.items() & wanted.items(), stock.items() - {("pear", 0), ("fig", 7)} == {("apple", 3), ("kiwi", 2)})
print(stock.keys() & ["kiwi", "nope", "kiwi"], {"fig", "x"} & stock.keys(), ["pear"] | {"a": 1}.keys())
print(stock.keys() - ["apple"] == {"pear", "fig", "kiwi"}, type(stock.keys() - set()).__name__)
k = stock.keys()
k -= {"pear"}
print(sorted(k), type(k).__name__, len(stock))
print(stock.keys() == {"apple", "pear", "fig", "kiwi"}, {"apple"} < stock.keys(), stock.keys() >= {"fig"})
print(stock.keys() == ["apple", "pear", "fig", "kiwi"], wanted.items() <= wanted.items(), stock.keys() != wanted.keys())
for bad in (lambda: stock.keys() & 5, lambda: stock.values() | {1}):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
