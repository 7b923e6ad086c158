# Formatting bools and None: str() for an empty spec, int behaviour for numeric specs.
print(f"{True} {False} {None}")
print(f"{True:>6} {False:d} {True:05}")
print(f"[{None!r:>6}]")
