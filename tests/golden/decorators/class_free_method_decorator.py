# Decorating functions stored in a dict (dispatch table).
def log(func):
    def wrapper(*args):
        print("dispatch", func.__name__, args)
        return func(*args)
    return wrapper

ops = {}
@log
def plus(a, b):
    return a + b
ops["+"] = plus

@log
def minus(a, b):
    return a - b
ops["-"] = minus

print(ops["+"](1, 2), ops["-"](5, 3))
