# After a RecursionError through a decorator is caught, the interpreter keeps working normally.
import functools

def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper

@traced
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)

@traced
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20))
for attempt in range(3):
    try:
        down(0)
    except RecursionError:
        print("again", attempt, fact(5))
