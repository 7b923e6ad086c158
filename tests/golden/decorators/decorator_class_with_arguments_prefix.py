# Parametrized class decorator: a logger with a configurable prefix and level.
class Log:
    def __init__(self, prefix, level="INFO"):
        self.prefix = prefix
        self.level = level

    def __call__(self, func):
        log = self
        def inner(*args):
            print(f"[{log.level}] {log.prefix}: {func.__name__}{args}")
            return func(*args)
        return inner

@Log("math")
def add(a, b):
    return a + b

@Log("math", level="DEBUG")
def neg(a):
    return -a

print(add(2, 3))
print(neg(7))
