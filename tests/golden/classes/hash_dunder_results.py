# __hash__ results: ints are used (big ones reduced), others raise.
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return self is other

print(hash(H(42)), hash(H(-1)), hash(H(True)), hash(H(2**70)) == hash(2**70))
for bad in ("x", 1.5, None):
    try:
        hash(H(bad))
    except TypeError as e:
        print("TypeError:", e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(isinstance(NoHash(), object), NoHash.__hash__)
