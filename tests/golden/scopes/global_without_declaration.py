# Assigning without global creates a local; the module variable is untouched.
value = 1

def try_change():
    value = 2
    return value

print(try_change(), value)

def read_only():
    return value * 100

print(read_only())
