# isinstance/issubclass: builtin types, tuples of types, bool is an int
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(isinstance("s", (list, (tuple, str))), isinstance([], object), isinstance(None, type(None)))
print(isinstance(ValueError("x"), Exception), isinstance(KeyError(), LookupError), isinstance(int, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(int, (str, object)), issubclass(type, object), issubclass(KeyboardInterrupt, Exception))
print(isinstance(1, (int, 2)), isinstance(iter([]), object))
for bad in (lambda: isinstance(1, 2), lambda: isinstance(1, (str, 2)), lambda: isinstance(1),
            lambda: issubclass(1, int), lambda: issubclass(int, 3), lambda: issubclass(1, (int,))):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
