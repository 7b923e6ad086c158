# A decorator validating argument types from annotations, with a class method target.
import functools

def typed(func):
    ann = func.__annotations__
    names = func.__code__.co_varnames[:func.__code__.co_argcount]
    @functools.wraps(func)
    def wrapper(*args):
        for name, value in zip(names, args):
            want = ann.get(name)
            if want is not None and not isinstance(value, want):
                raise TypeError(f"{name} must be {want.__name__}, not {type(value).__name__}")
        return func(*args)
    return wrapper

class Shop:
    @typed
    def buy(self, item: str, qty: int) -> str:
        return f"{qty} x {item}"

s = Shop()
print(s.buy("pen", 2))
for args in (("pen", "2"), (3, 1)):
    try:
        s.buy(*args)
    except TypeError as e:
        print("TypeError:", e)
print(Shop.buy.__annotations__)
