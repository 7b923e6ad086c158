# NameError suggesting a local variable of the current function.
def area(width, height):
    result = width * heigth
    return result

area(2, 3)
