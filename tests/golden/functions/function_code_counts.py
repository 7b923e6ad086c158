# __code__.co_argcount, co_kwonlyargcount and co_posonlyargcount.
def f(a, b, /, c, d=1, *args, e, f=2, **kw):
    pass

code = f.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_name)
print(code.co_varnames)
print((lambda *a, **k: 0).__code__.co_argcount)
