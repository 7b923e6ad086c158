# The !r, !s and !a conversions.
text = "café\n"
print(f"{text!r}")
print(f"{text!s}")
print(f"{text!a}")
items = ["x", 1]
print(f"{items!r} {items!s} {items!a}")
print(f"{'quote' + chr(39)!r}")
