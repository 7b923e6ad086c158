# SyntaxError: elif after else in an if statement.
def sign(x):
    if x > 0:
        return 1
    else:
        return -1
    elif x == 0:
        return 0
