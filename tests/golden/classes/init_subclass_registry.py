# __init_subclass__ runs for every subclass at class creation, receiving class keyword arguments.
class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        name = key or cls.__name__.lower()
        print("registering", name)
        Plugin.registry[name] = cls

class Json(Plugin, key="json"):
    pass

class Yaml(Plugin):
    pass

class StrictJson(Json, key="strict"):
    pass

print(sorted(Plugin.registry))
print(Plugin.registry["strict"].__mro__[1].__name__)
