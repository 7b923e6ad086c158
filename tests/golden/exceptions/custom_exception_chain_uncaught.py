# A user exception with its own __init__ and __str__, raised from a builtin error, uncaught.
class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem

    def __str__(self):
        return f"bad setting {self.key!r}: {self.problem}"

def load(settings):
    try:
        return int(settings["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError("port", type(e).__name__) from e

print(load({"port": "8080"}))
try:
    load({})
except ConfigError as e:
    print(e, "|", repr(e), "|", e.args)
load({"port": "eighty"})
