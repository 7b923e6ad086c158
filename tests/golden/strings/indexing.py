# Indexing and slicing, ASCII and not, with every kind of step.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "abcdefghij"
u = "ñandú 😀 über"
for t in [s, u]:
    print(t[0], t[-1], t[3], t[:3], t[3:], t[-3:], t[::2], t[1::3], t[::-1], t[-2::-2], t[5:1:-1])
    print(repr(t[100:]), repr(t[3:3]), repr(t[8:2]), t[-100:100], t[::-3])
    print(len(t), t[len(t) - 1], t[True])
print(u[6], len(u[6]), u.index("😀"), u[7:])
show(lambda: s[10])
show(lambda: s[-11])
show(lambda: s[1.5])
show(lambda: s["1"])
show(lambda: s[None])
show(lambda: s[10 ** 30])
show(lambda: s[::0])
show(lambda: s[1:"2"])
for ch in "héllo":
    print(ch, end=" ")
print()
print(list("añb"), sorted("banana"), max("hello"), min("héllo"))
print("b" in "abc", "" in "abc", "ac" in "abc", "é" in "café", "x" not in "abc")
show(lambda: 1 in "abc")
print("abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z", "" < "a", "a" == "a", "a" != "b")
print("\uffff" < "\U00010000", sorted(["b", "A", "é", "a", "\U0001f600", "Z"]))
print("ab" + "cd", "ab" * 3, 3 * "é", "x" * 0, "x" * -2, repr("" * 100))
show(lambda: "ab" + 1)
show(lambda: "ab" * 1.5)
show(lambda: "ab" * (2 ** 40))
show(lambda: "a" < 1)
x = "start"
x += "-end"
x *= 2
print(x)
