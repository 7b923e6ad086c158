# A class decorator that registers classes by name in a module-level dict (plugin registry).
PLUGINS = {}

def register(cls):
    PLUGINS[cls.__name__.lower()] = cls
    return cls

@register
class Csv:
    def load(self, text):
        return text.split(",")

@register
class Lines:
    def load(self, text):
        return text.splitlines()

print(sorted(PLUGINS))
print(PLUGINS["csv"]().load("a,b,c"))
print(PLUGINS["lines"]().load("x\ny"))
print(PLUGINS["csv"] is Csv)
