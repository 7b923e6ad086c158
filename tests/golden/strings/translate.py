# str.maketrans and str.translate.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t = str.maketrans("abc", "xyz")
print(t)
print("aabbcc abc".translate(t))
t2 = str.maketrans("abc", "xyz", "d ")
print(t2, "a b c d".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, 99: "33", "é": "e"})
print(t3, "abcé!".translate(t3))
print("hello".translate({104: 74, 101: "E", 108: None}))
print("hello".translate([]), "abc".translate(["x"] * 98))
print("abc".maketrans("a", "b"))
show(lambda: str.maketrans("abc", "xy"))
show(lambda: str.maketrans("abc"))
show(lambda: str.maketrans({"ab": 1}))
show(lambda: str.maketrans({1.5: 1}))
show(lambda: str.maketrans(1, "x"))
show(lambda: str.maketrans("a", 1))
show(lambda: str.maketrans("a", "b", 3))
show(lambda: "abc".translate({97: 1.5}))
show(lambda: "abc".translate({97: -1}))
show(lambda: "abc".translate({97: 0x110000}))
show(lambda: "abc".translate(5))
