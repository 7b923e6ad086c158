# IndexError messages of str, tuple, pop and assignment, caught and printed.
attempts = [lambda: "abc"[5], lambda: (1, 2)[-3], lambda: [].pop(), lambda: [1].pop(4)]
for a in attempts:
    try:
        a()
    except IndexError as e:
        print("IndexError:", e)
lst = [1]
try:
    lst[3] = 0
except IndexError as e:
    print("IndexError:", e)
