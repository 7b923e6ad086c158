# functools.partial of a partial is flattened; repr shows the merged arguments
from functools import partial

def f(*args, **kwargs):
    return args, kwargs

p1 = partial(f, 1, a=1)
p2 = partial(p1, 2, b=2)
print(p2.func is f, p2.args, p2.keywords)
print(p2(3, a=9))
p3 = partial(p2, a=5)
print(p3.keywords, p3())
print(repr(p3))
p1.tag = "x"
p4 = partial(p1, 7)
print(p4.func is p1, p4.args)
print(p4())
add = partial(lambda x, y: x + y)
print(add(1, 2), add.args, add.keywords)
