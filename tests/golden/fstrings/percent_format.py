# The % presentation type multiplies by 100.
ratio = 0.4567
print(f"{ratio:%}")
print(f"{ratio:.1%}")
print(f"{1:.0%}")
print(f"{0.005:.1%}")
print(f"{-0.25:>8.2%}")
