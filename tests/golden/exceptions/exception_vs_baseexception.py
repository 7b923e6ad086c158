# `except Exception` does not catch SystemExit or KeyboardInterrupt: they derive from BaseException directly.
for exc in [ValueError("v"), SystemExit(2), KeyboardInterrupt(), GeneratorExit()]:
    try:
        try:
            raise exc
        except Exception as e:
            print("Exception handler:", repr(e))
    except BaseException as e:
        print("BaseException handler:", repr(e))
print([c.__name__ for c in SystemExit.__mro__])
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
