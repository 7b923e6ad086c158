# strip family, center/ljust/rjust, zfill, expandtabs.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = " \t\n  padded text \r\n\x0b"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("www.example.com".strip("cmowz.")))
print(repr("\u3000\u2003unicode spaces\u00a0\x85".strip()))
print(repr("ééaéé".strip("é")), repr("abc".strip("")), repr("abc".strip(None)))
for w in [0, 3, 8, 9, 10]:
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "é")))
print(repr("ab".center(5, "-")), repr("a".center(4, "-")), repr("abcd".center(7, ".")))
for s in ["42", "-42", "+7", "", "-", "3.14", "abc", "--5"]:
    print(repr(s.zfill(6)), repr(s.zfill(1)))
print(repr("a\tb\tc".expandtabs()))
print(repr("a\tbb\tccc\tdddd\t|".expandtabs(4)))
print(repr("12345678\tx\n\ty\r\tz".expandtabs()))
print(repr("a\tb".expandtabs(0)), repr("a\tb".expandtabs(-3)), repr("é\tx".expandtabs(tabsize=3)))
show(lambda: "abc".center(10, "xy"))
show(lambda: "abc".center(10, ""))
show(lambda: "abc".ljust(10, 5))
show(lambda: "abc".rjust("10"))
show(lambda: "abc".zfill(None))
show(lambda: "abc".strip(5))
show(lambda: "abc".lstrip("a", "b"))
show(lambda: "abc".expandtabs(2.5))
show(lambda: "abc".center())
