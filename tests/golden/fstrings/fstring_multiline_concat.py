# Adjacent f-strings and plain strings concatenate.
a, b = 1, 2
msg = (f"a={a} "
       "and "
       f"b={b}")
print(msg)
print(f"{a}" "{b}" f"{b}")
