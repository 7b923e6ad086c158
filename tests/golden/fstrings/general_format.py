# The g presentation type switches between fixed and exponent.
for v in (0.0001234, 123.456, 1234567.0, 1e16, 0.5, 100.0):
    print(f"{v:g} {v:.3g} {v:G}")
print(f"{1e-5:g}")
print(f"{123456789:g}")
