# One handler for several exception types with a tuple; the handler learns the actual type.
def convert(value):
    try:
        return int(value)
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
        return 0

print(convert("12"))
print(convert("twelve"))
print(convert(None))
print(convert([1]))
errors = (KeyError, IndexError)
try:
    [][0]
except errors as e:
    print("tuple from a variable:", type(e).__name__)
