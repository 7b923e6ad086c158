# Class decorators that register classes, add attributes and return the same class.
handlers = {}

def handles(*kinds):
    def register(cls):
        for k in kinds:
            handlers[k] = cls
        cls.kinds = kinds
        return cls
    return register

@handles("json", "js")
class JsonHandler:
    def run(self, data):
        return f"json:{data}"

@handles("xml")
class XmlHandler:
    def run(self, data):
        return f"xml:{data}"

for kind in ("js", "xml", "json"):
    print(kind, handlers[kind].__name__, handlers[kind]().run(1), handlers[kind].kinds)
