# SyntaxError in an f-string (3.11): backslash in the expression part is not allowed.
words = ["a", "b"]
print("start")
print(f"{'\n'.join(words)}")
print("never")
