# Inspecting a caught exception with isinstance and type(): one handler, different reactions.
def risky(n):
    return [lambda: 1 / 0, lambda: [][0], lambda: {}["k"], lambda: int("x")][n]()

for n in range(4):
    try:
        risky(n)
    except Exception as e:
        kind = "lookup" if isinstance(e, LookupError) else "arith" if isinstance(e, ArithmeticError) else "other"
        print(n, type(e).__name__, kind, isinstance(e, (KeyError, ValueError)), type(e) is LookupError)
