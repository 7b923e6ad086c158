# Traceback position markers for an expression spanning several lines.
def total(a, b, c):
    return (a +
            b +
            c)

total(1, 2, None)
