# assert passes silently when true and raises AssertionError with a message when false.
def divide(a, b):
    assert b != 0, f"cannot divide {a} by zero"
    return a / b

print(divide(6, 3))
assert isinstance(3, int)
divide(1, 0)
