# SyntaxError: an unparenthesized walrus as a statement.
x := 5
