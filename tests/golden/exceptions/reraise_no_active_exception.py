# A bare `raise` with no exception being handled is a RuntimeError.
def oops():
    raise

try:
    oops()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise ValueError("x")
except ValueError:
    pass
try:
    oops()
except RuntimeError as e:
    print("still:", e)
