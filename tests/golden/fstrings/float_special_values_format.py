# inf and nan under different format specs.
inf = float("inf")
nan = float("nan")
print(f"{inf} {-inf} {nan}")
print(f"{inf:.2f} {nan:e} {-inf:g}")
print(f"{inf:>8} {nan:^7}|")
print(f"{inf:F} {nan:E} {nan:%}")
