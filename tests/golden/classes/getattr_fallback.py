# __getattr__ is called only when normal lookup fails; it can compute values or raise AttributeError.
class Record:
    def __init__(self, **fields):
        self.fields = fields
    def __getattr__(self, name):
        print("__getattr__", name)
        if name in self.fields:
            return self.fields[name]
        raise AttributeError(f"Record has no field {name!r}")

r = Record(name="Ann", age=7)
print(r.name, r.age)
print(r.fields)
print(hasattr(r, "email"))
print(getattr(r, "email", "n/a"))
try:
    r.email
except AttributeError as e:
    print(e)
