# Class decorators: registering, adding methods, replacing the class.
registry = {}

def register(cls):
    registry[cls.__name__] = cls
    return cls

def add_greeting(greeting):
    def decorate(cls):
        def greet(self):
            return f"{greeting}, I am {type(self).__name__}"
        cls.greet = greet
        return cls
    return decorate

@register
@add_greeting("Hi")
class Robot:
    pass

@register
class Plugin:
    pass

def singleton(cls):
    instances = {}
    def get():
        if cls not in instances:
            instances[cls] = cls()
        return instances[cls]
    return get

@singleton
class Settings:
    pass

print(sorted(registry), Robot().greet())
print(Settings() is Settings(), Settings.__name__)
