# An exception raised in finally while another propagates gets it as __context__.
def risky():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")

try:
    risky()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__), e.__suppress_context__)
    print(e.__context__.__context__)
