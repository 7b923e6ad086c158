# SyntaxError: cannot assign to literal inside a tuple target; the caret marks only the literal.
point = (3, 4)
x = 0

(x, 0) = point
print(x)
