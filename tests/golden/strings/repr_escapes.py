# repr() and ascii() of strings: quote choice and every kind of escape.
samples = ["", "plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnl\nret\r",
           "\x00\x07\x08\x0b\x0c\x1b\x1f\x7f", "\x80\x9f\xa0\xad\xff", "é ñ ü ß", "日本語",
           "\u2028\u2029\u200b\u200e\ufeff", "\U0001f600\U0001f1eb\U000e0001\U0010ffff",
           "\ud800 \udfff", "\u0378\u1680\u3000\u2003", "\xa7\xb6\u00bf", "ʰᵃ"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print([("a'b", 'c"d')], {"key": "val\n"})
print(str("x"), str(), repr(str(5)), str([1, "two"]), str(None), str(3.5))
print("%r %a" % ("é\n", "é\n"))
