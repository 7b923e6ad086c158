# Catching by base class: LookupError covers IndexError and KeyError, ArithmeticError covers ZeroDivisionError.
def index_or_key(container, k):
    try:
        return container[k]
    except LookupError as e:
        return f"{type(e).__name__} is a LookupError"

print(index_or_key([1, 2], 5), "|", index_or_key({}, "a"), "|", index_or_key("ab", 1))

def compute(f, x):
    try:
        return f(x)
    except ArithmeticError as e:
        return f"{type(e).__name__}: {e}"

print(compute(lambda x: 1 / x, 0))
print(compute(float, 10 ** 400))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(KeyError, LookupError), issubclass(LookupError, Exception))
