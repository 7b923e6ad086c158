# Raising something that is not an exception is itself a TypeError; so is catching a non-exception class.
for bad in ["a string", 42, int]:
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)

try:
    try:
        raise ValueError("v")
    except str:
        print("not reached")
except TypeError as e:
    print("TypeError:", e)
