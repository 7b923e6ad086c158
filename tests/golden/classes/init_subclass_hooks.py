# __init_subclass__: implicit classmethod, keywords, super() chaining, plugin registries.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class Alpha(Plugin):
    pass

class Beta(Plugin, name="bee"):
    pass

class Gamma(Beta):
    pass

print(sorted(Plugin.registry), Gamma.plugin_name, Beta.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

try:
    class Bad(Plugin, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __init_subclass__(cls):
        print("Base hook for", cls.__name__)
class Mixin:
    def __init_subclass__(cls, **kw):
        print("Mixin hook for", cls.__name__, kw)
        super().__init_subclass__(**kw)
class Both(Mixin, Base):
    pass
try:
    class Plain(flag=1):
        pass
except TypeError as e:
    print("TypeError:", e)
