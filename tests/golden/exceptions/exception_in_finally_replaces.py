# An exception raised in finally replaces the one in flight, which becomes its __context__.
def cleanup_fails():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("cleanup failed")

try:
    cleanup_fails()
except RuntimeError as e:
    print(repr(e))
    print("context:", repr(e.__context__))
except ValueError:
    print("not reached")
