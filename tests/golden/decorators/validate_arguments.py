# A decorator checking argument types before calling the function.
def positive(func):
    def wrapper(*args):
        for a in args:
            if a <= 0:
                return f"{func.__name__}: {a} is not positive"
        return func(*args)
    return wrapper

@positive
def ratio(a, b):
    return a / b

print(ratio(3, 4))
print(ratio(3, -4))
print(ratio(0, 1))
