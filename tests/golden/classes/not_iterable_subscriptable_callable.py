# "'A' object is not iterable / subscriptable / callable" and item assignment errors for user objects.
class A:
    pass

a = A()
tests = [
    lambda: [x for x in a],
    lambda: a[0],
    lambda: a(),
    lambda: len(a),
    lambda: list(a),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
try:
    a[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del a[0]
except TypeError as e:
    print("TypeError:", e)
