# super() reaching builtin bases: list.__init__, dict.__setitem__, Exception.__init__.
class Stack(list):
    def __init__(self, items=()):
        super().__init__(items)
        self.pushes = 0
    def push(self, x):
        self.pushes += 1
        super().append(x)

class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())

class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

s = Stack([1, 2])
s.push(3)
print(s, s.pushes, len(s), s[-1], type(s).__name__)
d = LowerDict()
d["KEY"] = 1
print(d, d["kEy"], "key" in d)
e = AppError("failed", 42)
print(e, e.args, e.code, repr(e))
