# Shadowing a builtin with a str, then calling it.
str = "oops"
value = str(42)
