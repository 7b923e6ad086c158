# An exception with several arguments prints the args tuple as its message.
def check_range(value, low, high):
    if not low <= value <= high:
        raise ValueError("out of range", value, (low, high))
    return value

print(check_range(5, 0, 10))
check_range(50, 0, 10)
