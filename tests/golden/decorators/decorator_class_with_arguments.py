# A decorator with arguments written as a class: __init__ takes the arguments, __call__ takes the function.
class Repeat:
    def __init__(self, times):
        self.times = times

    def __call__(self, func):
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(self.times):
                results.append(func(*args, **kwargs))
            return results
        return wrapper

@Repeat(3)
def greet(name):
    return f"hi {name}"

print(greet("Ada"))
print(greet.__name__)
print(Repeat(2)(len)("abc"))
