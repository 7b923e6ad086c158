# Doubled braces are literal braces in f-strings.
n = 5
print(f"{{n}} = {n}")
print(f"{{{n}}}")
print(f"set literal: {{1, 2}} vs {{{n}, {n + 1}}}")
