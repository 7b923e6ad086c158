# Bounded mutual recursion failing at the bottom: alternating frames are all shown (no "repeated" line).
def is_even(n):
    if n < 0:
        raise ValueError(f"not a natural number: {n}")
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

print(is_even(4), is_odd(3))
print(is_even(3.5))
