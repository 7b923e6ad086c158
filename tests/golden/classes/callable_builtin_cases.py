# callable(): functions, classes, instances with and without __call__, methods, builtins.
class WithCall:
    def __call__(self, x):
        return x * 2

class Without:
    pass

class Late:
    pass

objs = [len, print, WithCall, WithCall(), Without(), Without, 1, "s", lambda: 0, [].append, WithCall().__call__, None]
print([callable(o) for o in objs])
l = Late()
l.__call__ = lambda: 1
print(callable(l))
Late.__call__ = lambda self: "now"
print(callable(l), l())
print(WithCall()(21))
try:
    Without()()
except TypeError as e:
    print("TypeError:", e)
try:
    callable()
except TypeError as e:
    print("TypeError:", e)
