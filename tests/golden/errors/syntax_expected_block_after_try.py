# IndentationError: expected an indented block after 'try' statement.
def risky():
    try:
    return 1 / 0
    except ZeroDivisionError:
        return None
