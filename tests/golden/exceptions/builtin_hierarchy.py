# The builtin exception hierarchy: the direct base of common exceptions.
names = [ZeroDivisionError, OverflowError, IndexError, KeyError, UnboundLocalError,
         RecursionError, NotImplementedError, StopIteration, AssertionError,
         AttributeError, TypeError, ValueError, UnicodeDecodeError, ModuleNotFoundError,
         FileNotFoundError, IndentationError, TabError, SystemExit]
for cls in names:
    print(f"{cls.__name__:22} -> {cls.__bases__[0].__name__}")
