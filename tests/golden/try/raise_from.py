# raise ... from ... chains exceptions: both tracebacks are printed.
def load(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise RuntimeError(f"missing setting {key!r}") from e

print(load({"a": 1}, "a"))
load({"a": 1}, "b")
