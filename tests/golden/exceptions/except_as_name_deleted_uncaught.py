# Uncaught: the exception name from `except ... as problem` is gone after the handler (NameError at module level).
try:
    {}["missing"]
except KeyError as problem:
    print("caught", repr(problem))
print("after handler")
print(problem)
