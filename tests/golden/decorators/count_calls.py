# Counting calls with a nonlocal counter inside the decorator.
def count_calls(func):
    count = 0
    def call_func(*args, **kwargs):
        nonlocal count
        count += 1
        print(f"Calling {func.__name__}, time {count}")
        return func(*args, **kwargs)
    return call_func

@count_calls
def hello(name):
    return f"Hello, {name}"

print(hello("world"))
print(hello("there"))
print(hello.__closure__[0].cell_contents)
print(hello.__code__.co_freevars)
