# Class keywords go to the parent's __init_subclass__; a plugin registry.
class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)

class Csv(Plugin, name="csv-reader"):
    pass

class Json(Plugin):
    pass

class StrictJson(Json, name="strict"):
    pass

print(Plugin.plugins, Csv.plugin_name, StrictJson.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
try:
    class Bad(Plugin, name="x", color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)
opts = {"name": "from-dict"}
class Dyn(Plugin, **opts):
    pass
print(Dyn.plugin_name)
