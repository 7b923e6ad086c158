# string module constants and capwords
import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits",
             "punctuation", "whitespace", "printable"]:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(string.capwords(" hello   world  again "), string.capwords("a-b-c", "-"), string.capwords(""))
print("".join(c for c in "Hello, World! 123" if c in string.ascii_letters))
print(all(c in string.printable for c in "abc XYZ\t"), string.digits.index("7"))
