# repr of numbers, booleans and None inside containers.
print([1, -1, 1.0, -0.0, 1e16, 1e-7, True, None, 10 ** 20])
print((float("inf"), float("nan")))
print({"t": True, "f": False})
