# SyntaxError: invalid syntax (two names without an operator).
x = 1
print(x y)
