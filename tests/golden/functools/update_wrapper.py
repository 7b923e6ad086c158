# functools.update_wrapper: assigned/updated, missing attributes skipped
import functools

def target(x):
    "target doc"
    return x
target.__dict__["attr"] = 1

def w1():
    pass
r = functools.update_wrapper(w1, target)
print(r is w1, w1.__name__, w1.__doc__, w1.attr, w1.__wrapped__ is target)

def w2():
    "own doc"
functools.update_wrapper(w2, target, assigned=("__name__",), updated=())
print(w2.__name__, w2.__doc__, hasattr(w2, "attr"))

def w3():
    pass
functools.update_wrapper(w3, target, assigned=("__name__", "does_not_exist"))
print(w3.__name__)

def w4():
    pass
functools.update_wrapper(w4, len)
print(w4.__name__, w4.__qualname__, w4.__wrapped__)
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)
try:
    functools.update_wrapper(w4)
except TypeError as e:
    print("TypeError:", e)
try:
    functools.wraps()
except TypeError as e:
    print("TypeError:", e)
