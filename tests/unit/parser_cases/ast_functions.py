def f(): pass
def f(a): pass
def f(a, b): pass
def f(a=1): pass
def f(a, b=1): pass
def f(*a): pass
def f(**a): pass
def f(*, a): pass
def f(*, a=1): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a=1, /, b=2): pass
def f(a, b=1, /, c=2, *d, e, f=3, **g): pass
def f(a: int, b: str = 'x', *c: int, d: int, **e: int) -> int: pass
def f(*a: *b): pass
@d
def f(): pass
@d1
@d2(x)
@d3.attr[0]
def f(): pass
@d
class C: pass
class C: pass
class C(): pass
class C(A): pass
class C(A, B): pass
class C(A, metaclass=M): pass
class C(*a, **k): pass
class C:
    x = 1
    def f(self): return self.x
def f():
    return
def g():
    return 1
def h():
    return 1, 2
def i():
    return *a, b
if a: pass
if a:
    pass
else:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
async def f(): pass
async def g():
    async for x in y: pass
