# ValueError messages of common builtins, caught and printed.
attempts = [
    lambda: float("abc"),
    lambda: int("12", 2),
    lambda: [1, 2].index(5),
    lambda: [1, 2].remove(5),
    lambda: max([]),
    lambda: min([], key=len),
    lambda: chr(-1),
    lambda: "abc".index("z"),
    lambda: int(""),
    lambda: range(1, 5, 0),
]
for a in attempts:
    try:
        a()
    except ValueError as e:
        print("ValueError:", e)
