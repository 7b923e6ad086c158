# A decorator that raises while being applied: the traceback points at the decorator line.
def only_public(func):
    if func.__name__.startswith("_"):
        raise ValueError(f"{func.__name__} is private")
    return func

@only_public
def visible():
    return "ok"

print(visible())

@only_public
def _hidden():
    return "no"
