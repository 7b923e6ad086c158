# The singleton pattern with a decorator class; the wrapped class stays reachable as an attribute.
class Singleton:
    def __init__(self, cls):
        self.cls = cls
        self.instance = None

    def __call__(self, *args):
        if self.instance is None:
            self.instance = self.cls(*args)
        return self.instance

@Singleton
class Database:
    def __init__(self, url):
        self.url = url

d1 = Database("sqlite://a")
d2 = Database("sqlite://b")
print(d1 is d2, d2.url)
print(Database.cls.__name__)
print(isinstance(d1, Database.cls))
