# assert with messages of several types; an uncaught one shows the message expression's value.
def check(x):
    assert isinstance(x, int), ("expected int", type(x).__name__)
    assert x >= 0, f"negative: {x}"
    assert x != 7
    return x

for v in [3, -1, "s", 7]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)
check(-5)
