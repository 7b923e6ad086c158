# SyntaxError: invalid syntax. Perhaps you forgot a comma? (between arguments of a call)
def area(w, h):
    return w * h

width = 3
height = 4
print(area(width height))
