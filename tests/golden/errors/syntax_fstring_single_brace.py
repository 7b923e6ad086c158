# SyntaxError in an f-string: a single '}' is not allowed.
print(f"value}")
