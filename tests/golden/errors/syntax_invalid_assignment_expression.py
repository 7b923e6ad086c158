# SyntaxError: cannot assign to an expression.
a = 1
a + 1 = 2
