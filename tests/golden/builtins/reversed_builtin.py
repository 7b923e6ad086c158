# reversed on lists, tuples, strings, ranges and dicts; what is not reversible
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("héllo")), list(reversed(range(1, 8, 3))))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(reversed([])), type(reversed(())), type(reversed("")), type(reversed(range(2))), type(reversed(d)))
lst = [1, 2, 3]
it = reversed(lst)
print(next(it))
lst.pop()
print(list(it))
for bad in (lambda: reversed(1), lambda: reversed({1}), lambda: reversed(iter([])), lambda: reversed(),
            lambda: reversed([1], 2), lambda: reversed(seq=[1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
