# Uncaught ZeroDivisionError from the modulo operator.
def is_multiple(n, d):
    return n % d == 0

print(is_multiple(10, 5))
print(is_multiple(10, 0))
