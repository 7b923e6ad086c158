# A singleton class decorator returning a function; the class is reachable through __wrapped__.
import functools

def singleton(cls):
    instance = None
    @functools.wraps(cls)
    def get(*args, **kwargs):
        nonlocal instance
        if instance is None:
            instance = cls(*args, **kwargs)
        return instance
    return get

@singleton
class Config:
    """Global config."""
    def __init__(self, level=1):
        self.level = level

a = Config(5)
b = Config(9)
print(a is b, b.level, Config.__name__, Config.__doc__, Config.__wrapped__.__name__)
print(type(Config).__name__, isinstance(a, Config.__wrapped__))
