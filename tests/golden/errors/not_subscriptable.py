# TypeError: an int is not subscriptable.
def first_digit(n):
    return n[0]

first_digit(1234)
