#!/usr/bin/env python3
"""Generates tests/unit/str_cases.inc: str test cases with CPython's answers.

Each case is an operation on Python values (a str method call, `%`,
str.format, format(), indexing, repr...) together with what python3 (CPython
3.11) returns for it: the repr of the result, or "!ExceptionType: message".
tests/unit/str_test.cpp runs every case through pywalk and compares. The
values are written in a compact text encoding (see enc()) inside a C++ raw
string literal, parsed by the test at run time.

Besides the hand-written cases, a seeded random generator exercises
split/strip/find/replace/case mapping... on strings mixing ASCII, Latin-1,
Greek (final sigma), special-casing letters and astral characters.

Usage: python3 scripts/gen_str_test_cases.py [OUTPUT]  (default: tests/unit/str_cases.inc)
"""
import os
import random
import sys


def hexbytes(s):
    return s.encode("utf-8", "surrogatepass").hex()


def enc(v):
    """A value in the compact text encoding str_test.cpp parses (no spaces, tabs or newlines)."""
    if v is None:
        return "N"
    if isinstance(v, bool):
        return "T" if v else "F"
    if isinstance(v, int):
        return "i%d;" % v
    if isinstance(v, float):
        return "f%s;" % (float.hex(v) if v == v and abs(v) != float("inf") else repr(v))
    if isinstance(v, str):
        return "s%s;" % hexbytes(v)
    if isinstance(v, tuple):
        return "(" + "".join(enc(x) for x in v) + ")"
    if isinstance(v, list):
        return "[" + "".join(enc(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + "".join(enc(k) + enc(x) for k, x in v.items()) + "}"
    raise TypeError(type(v))


def outcome(fn):
    try:
        result = fn()
        if isinstance(result, bytes):  # documented difference: pywalk has no bytes
            return "!NotImplementedError: pywalk does not support bytes"
        return repr(result)
    except Exception as e:  # noqa: BLE001 - every exception is an expected outcome
        return "!%s: %s" % (type(e).__name__, e)


CASES = []  # (kind, receiver, name, args, kwargs, expected)


def direct_call(recv, name, args, kwargs):
    """recv.name(a0, ..., k=v) written out, as programs call methods: CPython words a few
    errors differently for m = recv.name; m(...) ("find()" instead of "str.find()")."""
    env = {"r": recv}
    parts = []
    for i, a in enumerate(args):
        env["a%d" % i] = a
        parts.append("a%d" % i)
    for i, (k, v) in enumerate(kwargs.items()):
        env["k%d" % i] = v
        parts.append("%s=k%d" % (k, i))
    return eval("r.%s(%s)" % (name, ", ".join(parts)), env)


def method(recv, name, *args, **kwargs):
    CASES.append(("method", recv, name, args, kwargs, outcome(lambda: direct_call(recv, name, args, kwargs))))


def op(kind, a, b=None):
    fns = {
        "percent": lambda: a % b,
        "format": lambda: format(a, b),
        "getitem": lambda: a[b],
        "repr": lambda: repr(a),
        "ascii": lambda: ascii(a),
        "contains": lambda: b in a,
        "mul": lambda: a * b,
        "add": lambda: a + b,
        "lt": lambda: a < b,
        "eq": lambda: a == b,
        "len": lambda: len(a),
    }
    CASES.append((kind, a, "", (b,), {}, outcome(fns[kind])))


def fmt_call(tmpl, *args, **kwargs):
    CASES.append(("method", tmpl, "format", args, kwargs, outcome(lambda: direct_call(tmpl, "format", args, kwargs))))


def hand_written():
    # ---- indexing, slicing, repr, operators
    for key in [0, 1, -1, 3, -4, 10, True, 1.0, "a", None, 10 ** 20, slice(None, None, -1), slice(1, None),
                slice(None, None, 2), slice(-2, None), slice(5, 1, -2), slice(0, 0), slice(0, 100)]:
        if isinstance(key, slice):
            CASES.append(("slice", "héllo", "", (key.start, key.stop, key.step), {},
                          outcome(lambda: "héllo"[key])))
            CASES.append(("slice", "hello", "", (key.start, key.stop, key.step), {},
                          outcome(lambda: "hello"[key])))
        else:
            op("getitem", "héllo", key)
            op("getitem", "abc", key)
    CASES.append(("slice", "ab", "", (None, None, 0), {}, outcome(lambda: "ab"[::0])))
    CASES.append(("slice", "ab", "", (1, 2, "a"), {}, outcome(lambda: "ab"[1:2:"a"])))
    for s in ["", "a", "it's", 'say "hi"', "both ' and \"", "\\", "tab\tnl\nret\r", "\x00\x07\x1f\x7f\x80\x9f\xa0\xad",
              "é ñ ü", "\u2028\u2029\u200b\ufeff", "\U0001f600\U000e0001\U0010ffff", "\ud800\udfff", "\u0378\u1680\u3000",
              "日本語", "\xff\u0100\uffff"]:
        op("repr", s)
        op("ascii", s)
        op("len", s)
    for a, b in [("abc", "b"), ("abc", ""), ("", ""), ("héllo", "él"), ("abc", 1), ("abc", None), ("a", "abc")]:
        op("contains", a, b)
    for s, n in [("ab", 3), ("ab", 0), ("ab", -2), ("", 5), ("é", 3), ("ab", True), ("ab", 1), ("ab", 2 ** 62),
                 ("ab", 2 ** 40), ("xyz", 2 ** 61)]:
        op("mul", s, n)
    for a, b in [("ab", "cd"), ("", "x"), ("é", "ü"), ("a", 1), ("a", None)]:
        op("add", a, b)
    for a, b in [("a", "b"), ("b", "a"), ("ab", "abc"), ("abc", "ab"), ("é", "z"), ("\uffff", "\U00010000"),
                 ("", ""), ("Z", "a"), ("a", 1)]:
        op("lt", a, b)
        op("eq", a, b)
    # ---- str()
    for args, kwargs in [((), {}), ((5,), {}), (("x",), {}), ((None,), {}), ((1.5,), {}), (([1, "a"],), {}),
                         ((), {"object": 5}), ((5, "utf-8"), {}), (("a", "utf-8"), {}), (("a",), {"encoding": "utf-8"}),
                         ((5,), {"errors": "x"}), ((), {"x": 5}), ((1, 2, 3, 4), {}), (([], "utf-8"), {}),
                         ((1, 2), {}), ((1, None), {}), ((5,), {"object": 5}), ((5, "utf-8"), {"encoding": "utf-8"}),
                         ((5,), {"errors": 5}), ((5, 5, 5), {}), ((), {"errors": "strict"}), ((), {"encoding": "u"}),
                         (("a", "utf-8", 5), {})]:
        CASES.append(("str", args, "", (), kwargs, outcome(lambda: str(*args, **kwargs))))

    # ---- arity and argument type errors of every method
    meths = ["join", "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "startswith", "endswith", "find",
             "rfind", "index", "rindex", "count", "replace", "upper", "lower", "title", "capitalize", "swapcase",
             "casefold", "center", "ljust", "rjust", "zfill", "isdigit", "isalpha", "isalnum", "isspace", "isupper",
             "islower", "istitle", "isidentifier", "isdecimal", "isnumeric", "isprintable", "isascii", "partition",
             "rpartition", "expandtabs", "format_map", "removeprefix", "removesuffix", "translate", "maketrans"]
    for m in meths:
        method("a", m)
        method("a", m, 1, 2, 3, 4, 5)
        method("a", m, zz=1)
        method("a", m, 1)
        method("a", m, None)
        method("a", m, 1.5)
    # ---- join
    for it in [["x", "y"], ["x", 1], ["x", "y", None], [], ["only"], "xyz", ("é", "ü"), {"k1": 1, "k2": 2}, 5, None,
               [1]]:
        method("-", "join", it)
        method("", "join", it)
    method("ab", "join", ["1", "2", "3"])
    # ---- split family
    for s in ["a b  c", "  a b c  ", "", "   ", "a,b,,c,", ",", "a\x1cb\x85c\u2028d\u3000e\xa0f", "one",
              "a\tb\nc\rd\x0be\x0cf", "é,ü,,ß"]:
        for sep in [None, ",", ",,", " ", "b", "é"]:
            for maxsplit in [-1, 0, 1, 2, 10]:
                method(s, "split", sep, maxsplit)
                method(s, "rsplit", sep, maxsplit)
    method("a b", "split", ",", sep=",")
    method("a b", "split", maxsplit=1)
    method("a b c", "rsplit", maxsplit=1)
    method("a,b", "split", sep=",")
    method("a b", "split", maxsplit="x")
    method("a b", "split", maxsplit=1.5)
    method("a b", "split", maxsplit=10 ** 30)
    method("a b", "split", None, None)
    method("a b", "split", "")
    method("a b", "rsplit", "")
    method("a b", "split", 1)
    method("a b", "rsplit", sep=1)
    method("a", "split", ",", 1, maxsplit=2)
    method("a", "split", zz=2, yy=3)
    for s in ["a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n", "", "\n", "\r\n\r\n", "x", "x\r", "\n\nx"]:
        method(s, "splitlines")
        method(s, "splitlines", True)
        method(s, "splitlines", keepends=False)
    method("a", "splitlines", keepends=1.5)
    method("a", "splitlines", 2 ** 31)
    method("a", "splitlines", True, keepends=1)
    # ---- strip
    for s in ["  abc \t\n", "xaxbx", "éaé", "\u3000a\x85", "", "   ", "abc"]:
        for chars in [(), (None,), ("x",), ("é",), ("",), ("abc",), (" \t",)]:
            method(s, "strip", *chars)
            method(s, "lstrip", *chars)
            method(s, "rstrip", *chars)
    # ---- find family
    for s in ["abcabc", "héllo wörld", "", "aaaa"]:
        for sub in ["", "a", "bc", "ö", "aa", "zz", "héllo wörld!"]:
            for rng in [(), (1,), (1, 4), (-3,), (-100, 100), (4, 1), (None, -1), (10,)]:
                for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
                    method(s, m, sub, *rng)
    method("abc", "find", "a", "x")
    method("abc", "find", "a", 10 ** 30)
    method("abc", "find", "a", -10 ** 30)
    method("abc", "startswith", ("x", "a"))
    method("abc", "startswith", ("a", 1))
    method("abc", "startswith", ("x", 1))
    method("abc", "endswith", ("c",), 0, 2)
    method("abc", "endswith", ())
    method("abc", "startswith", [])
    method("abc", "startswith", "a", "x")
    method("abc", "startswith", "", 3)
    method("abc", "startswith", "", 4)
    # ---- replace
    for s in ["abcabc", "", "aaa", "héllo"]:
        for old, new in [("a", "X"), ("", "-"), ("bc", ""), ("l", "LL"), ("zz", "y"), ("abcabc", "é")]:
            for count in [(), (-1,), (0,), (1,), (2,)]:
                method(s, "replace", old, new, *count)
    method("abc", "replace", "a", 1)
    method("abc", "replace", 1, "a")
    method("abc", "replace", "a", None)
    method("abc", "replace", "a", "b", "x")
    method("abc", "replace", "a", "b", 10 ** 30)
    # ---- case mapping and predicates
    words = ["hello wORLD", "ΑΣ Σ ΑΣΑ ΑΣ. ὈΔΥΣΣΕΎΣ", "ß ﬁ İ ŉ ǰ", "ǆa ǅb ǄC", "3rd 1ST x-y'z", "", "ÀÉÎõü",
             "ꞵꞴ 𐐨𐐀", "mIxEd 123 ĲĳŸÿ", "ᾳ ᾼ ΐ", "ⓐⒶ", "ǅ", "Σ", "aΣ", "Σa", "a\u0345Σ", "a'Σ'b"]
    for w in words:
        for m in ["upper", "lower", "title", "capitalize", "swapcase", "casefold", "isupper", "islower", "istitle",
                  "isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "isprintable", "isascii",
                  "isidentifier"]:
            method(w, m)
    for w in ["123", "²³", "½", "١٢٣", "Ⅻ", "五", "a1", " \t\n\x1c\x85\u3000", "", "_a1", "1a", "a b", "é_ü",
              "\x00", "abc\u0378", "ℌ", "ⅰ"]:
        for m in ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isprintable",
                  "isidentifier", "isascii", "isupper", "islower", "istitle"]:
            method(w, m)
    # ---- padding
    for s in ["abc", "ab", "a", "", "é"]:
        for width in [-1, 0, 2, 4, 5, 6, 7]:
            for fill in [(), ("*",), ("é",)]:
                for m in ["center", "ljust", "rjust"]:
                    method(s, m, width, *fill)
    for m in ["center", "ljust", "rjust"]:
        method("abc", m, 10, "xy")
        method("abc", m, 10, "")
        method("abc", m, 10, 1)
        method("abc", m, 10, None)
        method("abc", m, 10 ** 30)
        method("abc", m, 2 ** 62)
        method("abc", m, "x", "yy")
    for s in ["42", "-42", "+42", "", "-", "abc", "é", "--1"]:
        for width in [-1, 0, 1, 3, 6]:
            method(s, "zfill", width)
    # ---- expandtabs
    for s in ["ab\tc\td\n\tx\r\ty", "\t", "no tabs", "é\tc", "12345678\tx", "a\t\tb"]:
        for size in [(), (0,), (1,), (4,), (-1,)]:
            method(s, "expandtabs", *size)
    method("a\tb", "expandtabs", tabsize=3)
    method("a\tb", "expandtabs", 10 ** 30)
    method("a\tb", "expandtabs", 2 ** 31)
    method("a\tb", "expandtabs", 4, tabsize=1)
    # ---- partition, removeprefix/suffix
    for s in ["abcbd", "abc", "", "héé"]:
        for sep in ["b", "x", "abc", "é", ""]:
            method(s, "partition", sep)
            method(s, "rpartition", sep)
            method(s, "removeprefix", sep)
            method(s, "removesuffix", sep)
    # ---- encode
    for args, kwargs in [((), {}), (("utf-8",), {}), (("ascii", "strict"), {}), (("foo",), {}), ((1,), {}),
                         ((None,), {}), ((), {"errors": 1}), (("utf-8",), {"encoding": "x"})]:
        method("abc", "encode", *args, **kwargs)
    # ---- maketrans / translate
    for args in [({"a": "b", "c": None, 100: "e"},), ({"ab": "b"},), ({1.5: "b"},), ("abc", "xyz"), ("abc", "xy"),
                 ("abc", "xyz", "q"), ("abc", "xyz", 1), (1, "xyz"), ("abc", 1), ("abc",), ({"a": 1},),
                 ({True: "x"},), ("a", None), (1, 2)]:
        CASES.append(("maketrans", "", "maketrans", args, {}, outcome(lambda: str.maketrans(*args))))
    for table in [{97: "x", 98: None, 99: 120}, {97: 1.5}, {97: 10 ** 10}, {97: -1}, {97: 0x110000}, [], ["x"],
                  "xyz" * 40, {97: "éé", 233: "E"}, {97: True}, {}, {97: 10 ** 30}]:
        method("abcé", "translate", table)
    # ---- format(str, spec)
    for spec in ["", "abc", "=5", "+5", " 5", "#5", "z5", "05", "010", "d", "5.2", ",", "_", "<05", "\x00<5",
                 "é^5", ".0", "5,", ">10", "^9", "*^9", "<3", ".1s", "s", "x", "10.3s", "-5", "%"]:
        op("format", "xyz", spec)
        op("format", "é", spec)
    # ---- str.format
    fmt_call("{} {}", 1, "a")
    fmt_call("{0} {1} {0}", "x", "y")
    fmt_call("{a} {b!r}", a=1, b="q")
    fmt_call("{0} {}", 1, 2)
    fmt_call("{} {0}", 1, 2)
    fmt_call("{1}", 0)
    fmt_call("{}", )
    fmt_call("{x}", )
    fmt_call("{x}", y=1)
    fmt_call("}")
    fmt_call("a}b")
    fmt_call("{")
    fmt_call("x{")
    fmt_call("{{}}")
    fmt_call("{{{}}}", 5)
    fmt_call("}}{{")
    fmt_call("{0")
    fmt_call("{0!}", 1)
    fmt_call("{0!r", 1)
    fmt_call("{!x}", 1)
    fmt_call("{!é}", 1)
    fmt_call("{!rr}", 1)
    fmt_call("{!r:>5}", "a")
    fmt_call("{!s}", "a")
    fmt_call("{!a}", "é")
    fmt_call("{:{}}", "a", 5)
    fmt_call("{:{}{}}", 3, ">", 4)
    fmt_call("{0:{1}}", "a", 5)
    fmt_call("{:{:{}}}", 1, 2, 3)
    fmt_call("{:{:{:{}}}}", 1, 2, 3, 4)
    fmt_call("{0[0]}", ["x", "y"])
    fmt_call("{0[1]}", ("x", "y"))
    fmt_call("{0[k]}", {"k": 5})
    fmt_call("{0[k]}", {"j": 5})
    fmt_call("{0[0]}", {0: "int key"})
    fmt_call("{0[}", [1])
    fmt_call("{0[]}", [1])
    fmt_call("{0[0]x}", [1])
    fmt_call("{0.}", 1)
    fmt_call("{0.__class__}", "s")
    fmt_call("{a[1]}", a="xyz")
    fmt_call("{0[5]}", [1])
    fmt_call("{a{}", a=1)
    fmt_call("{:d}", "a")
    fmt_call("{:5d}|{:<5}|{:^7.2f}", 42, "ab", 3.14159)
    fmt_call("{:x} {:#o} {:,} {:_b}", 255, 8, 1234567, 10)
    fmt_call("{0:{1}{2}}", 42, "^", 9)
    fmt_call("{٠}", "arabic zero")
    fmt_call("{99999999999999999999}", 1)
    fmt_call("{0!r:}", "x")
    fmt_call("{:}", "x")
    fmt_call("{!r}{}", "x", "y")
    fmt_call("{é}", **{"é": 1})
    fmt_call("{-1}", 1)
    fmt_call("{0:{a}}", "x", a="<4")
    fmt_call("{}", None)
    fmt_call("{:>4}", None)
    fmt_call("{:>4}", [1])
    fmt_call("{:d}", True)
    fmt_call("{:>{}}", "x", "bad")
    for tmpl, mapping in [("abc", {}), ("{a}", {}), ("{a}", 1), ("{0}", {}), ("{}", {}), ("{a}-{b}", {"a": 1, "b": 2}),
                          ("{a[0]}", {"a": [9]}), ("{a}", None)]:
        method(tmpl, "format_map", mapping)
    # ---- printf-style
    P = [("%z", ()), ("%z", (1,)), ("%5%", ()), ("%5%", (1,)), ("%-5%|", ()), ("%%", ()), ("a%%b", ()),
         ("%s", [1]), ("abc", [1]), ("abc", 5), ("abc", ()), ("abc", {}), ("abc", {"a": 1}), ("%s", {"a": 1}),
         ("%s %s", {"a": 1}), ("%(a)s %s", {"a": 1}), ("%(a)s", 5), ("%(a", {"a": 1}), ("%(a)s", {"b": 1}),
         ("%(a)s", [1]), ("%", ()), ("%5", (1,)), ("%.", (1,)), ("%-", (1,)), ("%é", (1,)), ("a%\x07", (1,)),
         ("%d", 3.7), ("%d", float("inf")), ("%d", float("nan")), ("%x", 3.0), ("%d", "3"), ("%d", None),
         ("%f", "a"), ("%f", 10 ** 400), ("%c", 1.5), ("%c", 10 ** 30), ("%c", -1), ("%c", "ab"), ("%c", "é"),
         ("%5c|", "é"), ("%.0c|", "x"), ("%*d", ("x", 1)), ("%*d", (5.0, 1)), ("%*d", (-5, 1)), ("%.*f", (-5, 1.5)),
         ("%.*f", (2, 1.5)), ("%*.*f", (8, 2, 1.5)), ("%*d", (10 ** 30, 1)), ("%.*f", (10 ** 30, 1)),
         ("%.*f", (2 ** 31, 1)), ("%99999999999999999999d", 1), ("%.99999999999d", 1), ("%ld %hd %Ld", (1, 2, 3)),
         ("%05s|%-5s|%5.2s|%.1r", ("a", "b", "xyz", "q")), ("%+s", "a"),
         ("%+05d|%+-5d|% d|%#x|%#o|%#X|%05x|%#08x", (5, 5, 5, 255, 8, 255, 255, 255)), ("%i %u", (-3, -4)),
         ("%.3d", 5), ("%e %E %g %G %F", (1.5, 1.5, 1e20, 1e-20, float("inf"))), ("%#.0f %#g", (1.0, 1.0)),
         ("%010.3f", -3.14159), ("%s", (1, 2)), ("%s", ((1, 2),)), ("%s %s", (1,)), ("%(a)s %(b)d", {"a": "x", "b": 3}),
         ("%(a)s", {"a": "x", "b": 3}), ("%((a))s", {"(a)": "y"}), ("%s", True), ("%d", True), ("%x", True),
         ("%r", "é\n"), ("%a", "é\n"), ("%5s|", "é"), ("%c", 0x110000), ("%c", True), ("%s", 10 ** 30),
         ("%d", 10 ** 30), ("%x", -10 ** 30), ("%#X", 10 ** 20), ("%#010o", 8), ("%#010x", 255), ("%-#10o|", 8),
         ("%#010o", -8), ("%+#010o", 8), ("%-010d|", 5), ("% 05d", 5), ("%+.3e", 12345.678), ("%-+8.2f|", 2.5),
         ("%(x)*d", {"x": 3}), ("%s é %s", ("ü", "ñ")), ("%.2s", "éüñ"), ("%-6.2s|", "éüñ"), ("%s", None),
         ("%r", [1, "a"]), ("%s%s", ("a",)), ("%d %d", (1, 2, 3)), ("%(a)d", {"a": "x"}), ("%s", ()),
         ("%s", ([],)), ("%%%s%%", ("x",)), ("%5.1f%%", 99.44), ("%o", -8), ("%X", 255), ("%g", 0.0001),
         ("%g", 1234567.0), ("%.0e", 5.5), ("%10.4g|", 3.14159265), ("%-10s|%10s", ("left", "right")),
         ("%c%c%c", (72, "i", 33)), ("%3c|%-3c|", ("x", "y")), ("%.3f", 2.0005), ("%f", 1e300), ("%.2f", -0.0),
         ("%d", -0.0), ("%i", 2 ** 63), ("%5s", 12), ("%-5d|", -12), ("%05.1f", -2.5), ("% f", 1.0),
         ("%+g", float("nan")), ("%010f", float("-inf")), ("%s", "x" * 3), ("%(k)s", {"k": "v"}), ("% %", ()),
         ("%+%", ()), ("%(a)s %(a)r", {"a": "z"})]
    for tmpl, args in P:
        op("percent", tmpl, args)


def random_cases():
    rng = random.Random(20240611)
    alphabet = list("ab ,\t\nxX") + ["é", "Σ", "σ", "ß", "İ", "ǅ", "\u3000", "\U0001f600", "ﬁ", "Ω", "1", "٣", "_"]
    for _ in range(700):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 2)))
        kind = rng.randrange(12)
        if kind == 0:
            method(s, "split", t or None, rng.randint(-1, 3))
        elif kind == 1:
            method(s, "rsplit", t or None, rng.randint(-1, 3))
        elif kind == 2:
            method(s, rng.choice(["strip", "lstrip", "rstrip"]), t or None)
        elif kind == 3:
            method(s, rng.choice(["find", "rfind", "count", "startswith", "endswith"]), t,
                   rng.randint(-5, 5), rng.randint(-5, 10))
        elif kind == 4:
            method(s, "replace", t, rng.choice(["", "-", "ü"]), rng.randint(-1, 3))
        elif kind == 5:
            method(s, rng.choice(["upper", "lower", "title", "capitalize", "swapcase", "casefold"]))
        elif kind == 6:
            method(s, rng.choice(["isupper", "islower", "istitle", "isalpha", "isalnum", "isspace", "isidentifier"]))
        elif kind == 7:
            method(s, "splitlines", rng.random() < 0.5)
        elif kind == 8:
            bounds = (rng.randint(-6, 6), rng.randint(-6, 12), rng.choice([1, 2, -1, -3]))
            CASES.append(("slice", s, "", bounds, {}, outcome(lambda: s[slice(*bounds)])))
        elif kind == 9:
            op("repr", s)
        elif kind == 10:
            method(s, rng.choice(["center", "ljust", "rjust"]), rng.randint(0, 12), rng.choice(["*", "é"]))
        else:
            method(s, rng.choice(["partition", "rpartition"]), t or "a")


MASK = (1 << 64) - 1


def unicode_summaries():
    """Per property: how many code points have it and a weighted checksum;
    per case mapping: a checksum of every code point's full mapping."""
    lines = []
    for prop in ["isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable", "isupper", "islower",
                 "isidentifier"]:
        count = total = 0
        for c in range(0x110000):
            if getattr(chr(c), prop)():
                count += 1
                total = (total + c * 2654435761) & MASK
        lines.append("U\t%s\t%d\t%d" % (prop, count, total))
    for prop in ["upper", "lower", "casefold", "title"]:
        total = 0
        for c in range(0x110000):
            h = 0
            for m in getattr(chr(c), prop)():
                h = (h * 1000003 + ord(m)) & MASK
            total = (total + h * (c + 1)) & MASK
        lines.append("U\t%s\t0\t%d" % (prop, total))
    return lines


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "tests", "unit", "str_cases.inc")
    hand_written()
    n_hand = len(CASES)
    random_cases()
    lines = ["// GENERATED by scripts/gen_str_test_cases.py from CPython %s. Do not edit." % sys.version.split()[0],
             "// One case per line: kind, method name, expected (repr or \"!Type: message\", hex UTF-8),",
             "// receiver, positional args (a tuple), keyword args (a dict); values encoded by enc().",
             "// Then U lines: property, code points having it, checksum (see unicode_summaries()).",
             'R"CASES(']
    for kind, recv, name, args, kwargs, expected in CASES:
        lines.append("\t".join([kind, name or "-", hexbytes(expected), enc(recv), enc(tuple(args)), enc(kwargs)]))
    lines.extend(unicode_summaries())
    lines.append(')CASES"')
    with open(out_path, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("%s: %d cases (%d hand-written)" % (out_path, len(CASES), n_hand))


if __name__ == "__main__":
    main()
