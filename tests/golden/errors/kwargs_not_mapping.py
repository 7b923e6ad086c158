# ** with a non-mapping argument.
def f(**kw):
    return kw

f(**[1, 2])
