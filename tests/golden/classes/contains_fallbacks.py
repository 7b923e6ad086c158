# `in`: __contains__ first, else iteration with ==, else a TypeError.
class WithContains:
    def __contains__(self, item):
        print("contains", item)
        return item == 42

class WithIter:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])

print(42 in WithContains(), 1 in WithContains(), 0 not in WithContains())
print(2 in WithIter(), 5 in WithIter())
class Truthy:
    def __contains__(self, item):
        return "yes"
print(1 in Truthy(), 1 not in Truthy())
try:
    1 in object()
except TypeError as e:
    print("TypeError:", e)
