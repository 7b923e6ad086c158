# A decorator factory using functools.wraps: the inner wrapper keeps the decorated function's name.
import functools

def retry(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return func(*args)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            return None
        return wrapper
    return deco

state = {"n": 0}

@retry(3)
def flaky(limit):
    state["n"] += 1
    if state["n"] < limit:
        raise ValueError(f"n={state['n']}")
    return "ok"

print(flaky(3))
state["n"] = 0
print(flaky(5))
print(flaky.__name__)
