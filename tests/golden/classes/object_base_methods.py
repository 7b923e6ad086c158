# Every class inherits from object: default __eq__ (identity), __ne__, __str__ and __init_subclass__.
class Thing:
    pass

t, u = Thing(), Thing()
print(Thing.__bases__, issubclass(Thing, object))
print(t == t, t == u, t != u)
print(object.__eq__(t, u))
print(str(t) == repr(t))
print(Thing.__name__, Thing.__doc__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
