# Explicit chaining with raise ... from e: "The above exception was the direct cause of the following exception:".
class ConfigError(Exception):
    pass

def get_port(cfg):
    try:
        return int(cfg["port"])
    except ValueError as e:
        raise ConfigError(f"port must be a number, got {cfg['port']!r}") from e

print(get_port({"port": "8080"}))
print(get_port({"port": "eighty"}))
