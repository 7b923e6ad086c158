# repr of str escapes control characters and backslashes.
print(repr("tab\there"))
print(repr("new\nline\r"))
print(repr("back\\slash"))
print(repr("\x00\x07\x1b\x7f"))
print(repr("\a\b\f\v"))
print(repr(chr(0x80) + chr(0x9f) + chr(0xa0) + chr(0xad)))
