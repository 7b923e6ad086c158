# Position markers under a binary operation in a longer expression.
def compute(x, y):
    result = x * 2 + y / 0
    return result

compute(1, 2)
