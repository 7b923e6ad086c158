# Exponent notation with e and E.
v = 123456.789
print(f"{v:e}")
print(f"{v:.2e}")
print(f"{v:E}")
print(f"{0.000123:.3e}")
print(f"{0.0:e}")
print(f"{1e100:.1e}")
