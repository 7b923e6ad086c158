# raise with an exception instance or class, caught by type, with a tuple of types.
def check(age):
    if age < 0:
        raise ValueError(f"age cannot be negative: {age}")
    if age > 150:
        raise OverflowError
    return age

for a in (30, -1, 200):
    try:
        print(check(a))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e.args)
