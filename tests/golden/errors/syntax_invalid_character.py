# SyntaxError: invalid character in identifier (a curly quote).
print(“hello”)
