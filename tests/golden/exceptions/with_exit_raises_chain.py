# An error inside __exit__ while handling the body's error chains to it.
class Broken:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("exit failed")

try:
    with Broken():
        raise ValueError("body failed")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

with Broken():
    1 / 0
