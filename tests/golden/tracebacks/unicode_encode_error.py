# UnicodeEncodeError from encoding non-ASCII text to ASCII: CPython's detailed codec message.
names = ["Ada", "Zoë"]
for name in names:
    data = name.encode("ascii")
    print(name, len(data))
