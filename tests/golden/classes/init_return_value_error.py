# __init__ must return None.
class Good:
    def __init__(self):
        return None

class Bad:
    def __init__(self):
        return 5

print(type(Good()).__name__)
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)

class AlsoBad:
    def __init__(self, x):
        self.x = x
        return self
try:
    AlsoBad(1)
except TypeError as e:
    print("TypeError:", e)
