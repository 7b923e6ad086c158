# A class-based decorator taking arguments: __init__ gets the options, __call__ the function.
class Retry:
    def __init__(self, times):
        self.times = times
    def __call__(self, func):
        def wrapper(*args):
            for attempt in range(1, self.times + 1):
                try:
                    return func(*args)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            return "gave up"
        wrapper.__name__ = func.__name__
        return wrapper

state = {"n": 0}
@Retry(times=3)
def unreliable(x):
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"n={state['n']}")
    return x * 10

print(unreliable(4), unreliable.__name__)
state["n"] = -5
print(unreliable(1))
