# len, repr, ascii, type, callable and friends on builtin values
print(len("héllo"), len([1, 2]), len((1,)), len({1: 2}), len({3}), len(range(0, 10, 3)), len(""))
print(repr("it's"), repr(1.0), repr(None), ascii("héllo €"), ascii([1, "ü"]))
print(type(1), type(True), type(1.5), type("s"), type([]), type(()), type({}), type(set()), type(range(1)))
print(type(len), type(type), type(print), type(ValueError), type(ValueError()), type(iter([])))
print(callable(len), callable(int), callable(1), callable(print), callable("x"), callable(lambda: 0))
print(format(3.14159, ".3f"), format(255, "#x"), format("ab", ">5"), format(10 ** 20, ","), format(7))
print(hash(1), hash(-1), hash(1.5), hash(10 ** 20), hash(True), hash((1, 2)) == hash((1, 2)))
for bad in (lambda: len(5), lambda: len(), lambda: len(1, 2), lambda: type(), lambda: type(1, 2),
            lambda: hash([]), lambda: format(3, 5), lambda: format([1], "x"), lambda: repr()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
