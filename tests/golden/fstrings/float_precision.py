# Float precision with f, and rounding behaviour.
x = 2.675
print(f"{x:.2f}")
print(f"{1/3:.5f}")
print(f"{2.5:.0f} {3.5:.0f} {0.5:.0f}")
print(f"{1e10:.1f}")
print(f"{-0.0:.2f}")
print(f"{123.456:10.1f}|")
print(f"{3.0:f}")
