# Truthiness of user objects: __bool__ wins, otherwise __len__, otherwise always true; bad __len__ results raise.
class Empty:
    def __len__(self):
        return 0
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
    def __len__(self):
        return 99
class Plain:
    pass
class Bad:
    def __len__(self):
        return -1

print(bool(Empty()), bool(Flag(False)), bool(Flag(True)), bool(Plain()))
print("yes" if Empty() else "no", len(Flag(False)))
try:
    len(Bad())
except ValueError as e:
    print("ValueError:", e)
try:
    len(Plain())
except TypeError as e:
    print("TypeError:", e)
