# Thousands separators with , and _ for ints and floats.
big = 1234567890
print(f"{big:,}")
print(f"{big:_}")
print(f"{-big:,}")
print(f"{1234567.891:,.2f}")
print(f"{big:_x}")
print(f"{big:_b}")
print(f"{12345:>12,}")
print(f"{0:,}")
