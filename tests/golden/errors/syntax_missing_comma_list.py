# SyntaxError: invalid syntax, perhaps a missing comma in a list display.
items = [1, 2 3]
