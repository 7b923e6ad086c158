# SyntaxError: an else with no matching if.
x = 1
else:
    print(x)
