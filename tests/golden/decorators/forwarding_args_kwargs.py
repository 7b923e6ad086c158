# A wrapper forwarding *args and **kwargs unchanged, printing what it got.
def trace(func):
    def wrapper(*args, **kwargs):
        print(f"{func.__name__} args={args} kwargs={kwargs}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} -> {result!r}")
        return result
    return wrapper

@trace
def describe(name, *tags, sep=", ", upper=False):
    text = name + ": " + sep.join(tags)
    return text.upper() if upper else text

describe("fruit", "apple", "pear")
describe("veg", "kale", sep="/", upper=True)
describe(name="empty")
