# UnboundLocalError: `+=` makes the name local to the whole function.
count = 0

def bump():
    count += 1

bump()
