# __round__, __abs__, __reversed__, __len__ with the builtins that use them.
class Money:
    def __init__(self, v):
        self.v = v
    def __round__(self, ndigits=None):
        return Money(round(self.v, ndigits or 0))
    def __abs__(self):
        return Money(abs(self.v))
    def __repr__(self):
        return f"Money({self.v})"

print(round(Money(2.567), 1), round(Money(2.5)), abs(Money(-3)))

class Playlist:
    def __init__(self, songs):
        self.songs = songs
    def __reversed__(self):
        return iter(self.songs[::-1] + ["(reversed)"])
    def __len__(self):
        return len(self.songs)

print(list(reversed(Playlist(["a", "b"]))), len(Playlist([1, 2, 3])))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())))
class NoReverse:
    pass
try:
    reversed(NoReverse())
except TypeError as e:
    print("TypeError:", e)
try:
    round(NoReverse())
except TypeError as e:
    print("TypeError:", e)
