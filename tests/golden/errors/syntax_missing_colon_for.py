# SyntaxError: expected ':' in a for statement.
for i in range(3)
    print(i)
