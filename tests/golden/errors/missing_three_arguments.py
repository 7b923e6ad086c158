# Three missing arguments are listed as 'a', 'b', and 'c'.
def volume(a, b, c):
    return a * b * c

volume()
