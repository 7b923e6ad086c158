# Formatting big integers with separators and widths.
n = 2 ** 100
print(f"{n}")
print(f"{n:,}")
print(f"{n:>40}")
print(f"{-n:_}")
print(f"{n:e}")
print(f"{n:.3g}")
