# `in` uses __contains__ if defined, else iterates via __iter__, else the sequence __getitem__ protocol.
class WithContains:
    def __contains__(self, x):
        print("__contains__", x)
        return x == 1
class WithIter:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])
class Nothing:
    pass

print(1 in WithContains(), 2 in WithContains())
print(3 in WithIter(), 4 not in WithIter())
try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)
