# SyntaxError: a lambda body must be an expression.
f = lambda x: return x
