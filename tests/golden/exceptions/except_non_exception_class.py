# Catching something that is not an exception class is a TypeError, but only when an exception arrives.
try:
    print("fine")
except 42:
    pass
try:
    try:
        [].pop()
    except str:
        print("never")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
try:
    1 / 0
except (ValueError, "text"):
    pass
