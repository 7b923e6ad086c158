# A bad argument to a decorator factory surfaces only when the wrapper runs.
def repeat(times):
    def decorator(func):
        def wrapper():
            return [func() for _ in range(times)]
        return wrapper
    return decorator

@repeat("3")
def hello():
    return "hi"

print(hello())
