# Three levels of closures in a decorator factory, inspected with co_freevars.
def limit(max_calls):
    def decorator(func):
        calls = 0
        def wrapper(*args):
            nonlocal calls
            if calls >= max_calls:
                return "limit reached"
            calls += 1
            return func(*args)
        return wrapper
    return decorator

@limit(2)
def ping():
    return "pong"

print(ping(), ping(), ping())
print(ping.__code__.co_freevars)
print(limit.__code__.co_cellvars)
