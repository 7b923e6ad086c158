# str() itself, and encode (bytes are not supported by pywalk: see docs).
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(repr(str()), repr(str(42)), repr(str(-0.5)), repr(str("s")), repr(str(object="kw")))
print(repr(str(True)), repr(str(None)), repr(str((1, "a"))), repr(str({1: "x"})))
print(str(encoding="utf-8") == "", type(str(1)).__name__, str is type("x"))
show(lambda: str("a", "utf-8"))
show(lambda: str(1, "utf-8"))
show(lambda: str(1, 2))
show(lambda: str(1, encoding=None))
show(lambda: str(1, errors=3))
show(lambda: str(1, 2, 3, 4))
show(lambda: str(value=1))
show(lambda: str(1, object=1))
show(lambda: "abc".encode(1))
show(lambda: "abc".encode("no-such-codec"))
show(lambda: "abc".encode(errors=None))
show(lambda: "abc".encode("utf-8", "strict", "x"))
