# Position markers under a method call on a call result.
def get_name():
    return None

print(get_name().upper())
