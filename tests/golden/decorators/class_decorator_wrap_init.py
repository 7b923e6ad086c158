# A class decorator that wraps __init__ to record instances and keeps the class identity.
import functools

def tracked(cls):
    original = cls.__init__
    cls.instances = []
    @functools.wraps(original)
    def __init__(self, *args, **kwargs):
        original(self, *args, **kwargs)
        cls.instances.append(self)
    cls.__init__ = __init__
    return cls

@tracked
class User:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"User({self.name!r})"

User("a"); User("b")
print(User.instances, User.__init__.__name__, User.__init__.__qualname__, User.__name__)
try:
    User()
except TypeError as e:
    print("TypeError:", e)
