# repr of non-ASCII: printable characters stay, non-printable are escaped.
print(repr("café"))
print(repr("naïve – “quoted”"))
print(repr("日本語"))
print(repr("emoji 🐍"))
print(repr("\u200b\u2028\ufeff"))
print(repr("\U0001f600"), len("\U0001f600"))
print(ascii("café 🐍"))
