# The is*() predicates on ASCII and Unicode text.
samples = ["", "abc", "ABC", "Abc", "aBc", "123", "12.5", "²³", "½", "٣٤", "Ⅻ", "五",
           "abc123", "a b", " \t\n", "\u3000\x85\x1c", "_id3", "3id", "é_ü", "Σίσυφος",
           "Hello World", "Hello world", "HELLO WORLD!", "ǅa", "ᾼ", "\x00", "tab\t", "ok\u0378",
           "ℌ", "ⅰⅱ", "A1", "1a", "ǈ"]
names = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "isupper",
         "islower", "istitle", "isidentifier", "isprintable", "isascii"]
for s in samples:
    flags = [s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
             s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(repr(s), "".join("T" if f else "." for f in flags))
try:
    "a".isalpha(1)
except TypeError as e:
    print(e)
