# int(): numbers, strings in any base, and CPython's error messages
print(int(), int(3.99), int(-3.99), int(True), int(1e20), int("  -42  "), int("1_000_000"))
print(int("ff", 16), int("0x1F", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("11", base=2))
print(int("٣٤"), int("+7"), int(" 0 ", 0))
cases = [("x",), ("",), ("1_",), ("0x", 16), ("08", 0), ("12", 1), ("12", 37), (12, 10), (None,),
         ([],), (float("inf"),), (float("nan"),), ("1", "2"), ("9" * 5000,)]
for args in cases:
    try:
        int(*args)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", str(e)[:100])
try:
    int(x="1")
except TypeError as e:
    print(e)
try:
    int(base=16)
except TypeError as e:
    print(e)
