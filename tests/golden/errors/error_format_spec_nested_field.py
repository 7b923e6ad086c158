# An error inside a nested format-spec field of an f-string.
def show(value, digits):
    return f"{value:.{digits + 1}f}"

print(show(3.14159, 2))
print(show(3.14159, None))
