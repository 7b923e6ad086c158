# A decorator factory: @repeat(3) builds the decorator, which builds the wrapper.
def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(func(*args, **kwargs))
            return results
        return wrapper
    return decorator

@repeat(3)
def roll(sides, bonus=0):
    return sides + bonus

print(roll(6))
print(roll(6, bonus=2))
print(roll.__qualname__)
