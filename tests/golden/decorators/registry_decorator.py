# A registering decorator returns the function unchanged and records it.
handlers = {}

def register(name):
    def decorator(func):
        handlers[name] = func
        return func
    return decorator

@register("add")
def add(a, b):
    return a + b

@register("mul")
def mul(a, b):
    return a * b

print(list(handlers))
for name, f in handlers.items():
    print(name, f(6, 7), f is globals()[name])
