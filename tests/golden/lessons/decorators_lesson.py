# Lesson: decorators step by step, from a wrapper function to a decorator factory.

def hello(name):
    return f"Hello, {name}"

# Step 1: a function that takes a function and returns a new one
def loud(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper

loud_hello = loud(hello)
print(loud_hello("ada"))

# Step 2: the @ syntax does the same
@loud
def goodbye(name):
    return f"Goodbye, {name}"

print(goodbye("ada"), goodbye.__name__)

# Step 3: keep the original name by copying it
def keep_name(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper

@keep_name
def documented():
    "I have a docstring."
    return 1

print(documented.__name__, "-", documented.__doc__)

# Step 4: a decorator with arguments, counting calls per function
def counted(label):
    def decorator(func):
        calls = 0
        def wrapper(*args, **kwargs):
            nonlocal calls
            calls += 1
            print(f"[{label}] call #{calls} of {func.__name__}{args}")
            return func(*args, **kwargs)
        return wrapper
    return decorator

@counted("math")
def add(a, b):
    return a + b

print(add(1, 2))
print(add(3, b=4))
print(add.__closure__[0].cell_contents)
