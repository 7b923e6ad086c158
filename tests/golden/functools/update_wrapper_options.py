# update_wrapper with custom assigned/updated, missing attributes and wrapping classes.
import functools

def target(a):
    "target doc"
    return a

def wrapper(*a):
    return target(*a)

w = functools.update_wrapper(wrapper, target, assigned=("__doc__",), updated=())
print(w is wrapper, w.__name__, w.__doc__, w.__wrapped__ is target)

class Callable:
    def __call__(self):
        return 1
obj = Callable()
def w2():
    pass
functools.update_wrapper(w2, obj)
print(w2.__name__, w2.__wrapped__ is obj)

p = functools.partial(target, 1)
def w3():
    pass
functools.update_wrapper(w3, p)
print(w3.__name__, w3.__doc__ == p.__doc__)

class Holder:
    pass
h = Holder()
functools.update_wrapper(h, target)
print(h.__name__, h.__doc__, h.__wrapped__(5))
try:
    functools.update_wrapper(w2, target, updated=("__dict__", "nothere"))
except AttributeError as e:
    print("AttributeError:", e)
