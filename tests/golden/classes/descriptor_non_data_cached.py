# A non-data descriptor (only __get__) is shadowed by the instance dict: a lazy cached property.
class lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        print("computing", self.fn.__name__)
        value = self.fn(obj)
        setattr(obj, self.fn.__name__, value)
        return value

class Report:
    @lazy
    def total(self):
        "The total."
        return sum(range(5))

r = Report()
print(r.total, r.total, r.__dict__)
print(type(Report.total).__name__, Report.total.__doc__)
del r.total
print(r.total)
