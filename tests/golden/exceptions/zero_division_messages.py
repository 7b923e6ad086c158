# ZeroDivisionError messages differ between int and float division, modulo and divmod.
cases = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0,
         lambda: 1.5 % 0, lambda: divmod(3, 0), lambda: 0 ** -1, lambda: 2.0 ** -1 / 0]
for c in cases:
    try:
        c()
    except ZeroDivisionError as e:
        print(e)
