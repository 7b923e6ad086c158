# SyntaxError: cannot assign to None.
def reset(values):
    for v in values:
        None = v
    return values

print(reset([1]))
