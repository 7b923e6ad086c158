# A bare `raise` inside a handler re-raises the same exception object to the next handler out.
def fetch(d, key):
    try:
        return d[key]
    except KeyError as e:
        print("fetch: logging", repr(e))
        raise

try:
    fetch({"a": 1}, "b")
except KeyError as outer:
    print("outer got", repr(outer), outer.args)

def again():
    try:
        raise ValueError("first")
    except ValueError as e:
        try:
            raise
        except ValueError as inner:
            return inner is e
print(again())
