# Operand type errors, caught and printed (uncaught variants live in errors/).
attempts = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] - [1],
    lambda: "a" * "b",
    lambda: 2 < "x",
    lambda: -"x",
    lambda: ~1.5,
    lambda: None + 1,
    lambda: {} | 1,
    lambda: 3 @ 4,
]
for a in attempts:
    try:
        a()
    except TypeError as e:
        print("TypeError:", e)
