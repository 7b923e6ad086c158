# ZeroDivisionError messages for //, % and divmod, caught and printed.
for op in (lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 / 0,
           lambda: 1.0 // 0.0, lambda: 5.5 % 0, lambda: 0 ** -1, lambda: 0.0 ** -1):
    try:
        op()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
