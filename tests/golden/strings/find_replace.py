# find/rfind/index/rindex/count/startswith/endswith/replace/partition/removeprefix.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "mississippi"
print(s.find("ss"), s.rfind("ss"), s.find("ss", 3), s.find("ss", 3, 5), s.find("x"), s.find(""))
print(s.index("i"), s.rindex("i"), s.count("s"), s.count("ss"), s.count(""), s.count("i", 2, -2))
print(s.find("", 11), s.find("", 12), s.rfind(""), s.count("", 20))
print(s.startswith("miss"), s.startswith("iss", 1), s.endswith("pi"), s.endswith("ss", 0, 4))
print(s.startswith(("x", "mi")), s.endswith(("x", "y")), s.startswith(""), s.startswith("", 12))
u = "naïve café, naïve"
print(u.find("café"), u.rfind("naïve"), u.index("ï"), u.count("ï"), u.find("é", 10, -1))
print(u.startswith("ïve", 2), u.endswith("café", 0, 10))
print(s.replace("ss", "SS"), s.replace("ss", "SS", 1), s.replace("i", ""), s.replace("", "-"))
print(s.replace("", "-", 3), s.replace("x", "y"), s.replace("i", "ï", -1), "aaa".replace("a", "aa", 2))
print(s.partition("ss"), s.rpartition("ss"), s.partition("x"), s.rpartition("x"))
print(u.partition("é"), u.rpartition(" "))
print(s.removeprefix("miss"), s.removeprefix("x"), s.removesuffix("ippi"), s.removesuffix(""))
show(lambda: s.index("x"))
show(lambda: s.rindex("x", 0, 3))
show(lambda: s.find(1))
show(lambda: s.find("s", "1"))
show(lambda: s.count())
show(lambda: s.startswith(["m"]))
show(lambda: s.startswith(("m", 1)))
show(lambda: s.startswith(("x", 1)))
show(lambda: s.replace("s"))
show(lambda: s.replace("s", 2))
show(lambda: s.partition(""))
show(lambda: s.rpartition(None))
show(lambda: s.removeprefix(None))
show(lambda: s.find(sub="s"))
