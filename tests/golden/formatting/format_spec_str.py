# format(str, spec) and f-strings with string format specs.
s = "text"
for spec in ["", "10", "<10", ">10", "^10", "*^11", "-<8", ".2", "8.3", "^7.1", "s", ">5s", "05", "<05", "é^9"]:
    print(repr(spec), "->", repr(format(s, spec)), repr(format("né", spec)))
print(f"{s:>8}|{s!r:<8}|{s:*^10}|{'é':_>4}|")
width = 12
print(f"{s:{width}}|{s:>{width - 4}}|{s:^{width}.{2}}|")
print(f"{'abc'!a:>6} {'é'!a}")
print("{:%^9}".format("%"))
for bad in ["d", "x", "=5", "+", " ", "#", "z", ",", "_", "abc", "5,"]:
    try:
        format("s", bad)
    except ValueError as e:
        print(repr(bad), e)
