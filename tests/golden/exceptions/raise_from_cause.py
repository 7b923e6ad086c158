# `raise X from Y` sets __cause__ and __suppress_context__; the original is also the __context__.
class ConfigError(Exception):
    pass

def read_port(cfg):
    try:
        return int(cfg["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError("bad port setting") from e

for cfg in [{"port": "80"}, {}, {"port": "http"}]:
    try:
        print(read_port(cfg))
    except ConfigError as e:
        print(e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
        print("suppress_context:", e.__suppress_context__)
