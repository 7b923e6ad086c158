# KeyError's str is the repr of the key (quoted), unlike other exceptions; with several args it shows the tuple.
d = {"apple": 1}
try:
    d["banana"]
except KeyError as e:
    print(e)
    print(str(e), repr(e), e.args[0])
print(str(KeyError("x")), str(ValueError("x")))
print(str(KeyError(3)), str(KeyError((1, 2))), str(KeyError()))
print(str(KeyError("a", "b")))
print(f"missing key: {KeyError('k')}")
