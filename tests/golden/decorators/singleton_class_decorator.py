# The singleton pattern as a class decorator: a closure keeps the single instance.
def singleton(cls):
    instances = {}
    def get_instance(*args, **kwargs):
        if cls not in instances:
            print("creating", cls.__name__)
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get_instance

@singleton
class Config:
    def __init__(self, env="dev"):
        self.env = env

a = Config("prod")
b = Config("test")
print(a is b, a.env, b.env)
print(Config.__name__)
print(type(a).__name__)
