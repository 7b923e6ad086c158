# NameError at module level, in an expression.
a = 1
b = a + undefined_thing * 2
