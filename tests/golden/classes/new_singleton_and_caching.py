# __new__: a singleton, an instance cache, and __init__ running after __new__.
class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("init with", value)
        self.value = value

s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.value, type(Singleton.__dict__["__new__"]).__name__)

class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never runs")
print(NotMine())

class Tracked:
    created = 0
    def __new__(cls, name):
        inst = object.__new__(cls)
        cls.created += 1
        return inst
    def __init__(self, name):
        self.name = name
t = [Tracked("a"), Tracked("b")]
print(Tracked.created, [x.name for x in t])
