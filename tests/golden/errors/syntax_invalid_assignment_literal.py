# SyntaxError: cannot assign to a literal.
1 = x
