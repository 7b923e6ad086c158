# object(): a featureless instance; object's own attributes.
o = object()
print(type(o), o == o, o != object(), hash(o) == hash(o), bool(o))
for f in (lambda: o.x, lambda: setattr(o, "x", 1), lambda: object(1), lambda: object(x=1)):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(object.__name__, object.__bases__, object.__doc__.split("\n")[0])
print(object.__init__, object.__eq__, object.__repr__, object.__format__)
print(callable(object), isinstance(object, type), issubclass(type, object))
print(object.__new__(object).__class__, object.__subclasshook__())
