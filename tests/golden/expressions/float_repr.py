# Float repr is the shortest string that round-trips.
print(0.1, 0.2, 0.1 + 0.2)
print(1 / 3, 2 / 3, 10 / 3)
print(1e16, 1e15, 123456789012345678.0)
print(1.0, 100.0, 1e22, 1e-5, 0.0001)
print(-0.0, 0.0, 5e-324, 1.7976931348623157e308)
print(3.14159, 2.5e-10, 1.5e300 * 1e10)
print(repr(0.1), str(1e16))
