# __getattribute__ intercepts every attribute access, including existing ones; delegate with object.__getattribute__.
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
    def double(self):
        return self.x * 2

o = Logged()
print(o.x)
print(o.double())
try:
    o.missing
except AttributeError as e:
    print("AttributeError:", e)
