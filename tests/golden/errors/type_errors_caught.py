# Other common TypeError messages, caught and printed.
s, t, key, index = "abc", (1, 2), "x", 1.5
attempts = [
    lambda: s[key],
    lambda: t[index],
    lambda: len(5),
    lambda: int([1]),
    lambda: abs("x"),
    lambda: sum(["a", "b"]),
    lambda: "x" in 5,
    lambda: {[1]: 2},
    lambda: iter(5),
    lambda: next([1]),
    lambda: (1, 2).append(3),
    lambda: "{} {}".format(1),
]
for a in attempts:
    try:
        a()
    except (TypeError, AttributeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
