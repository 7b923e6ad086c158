# Invalid format specs raise ValueError with CPython's messages.
tests = [
    lambda: f"{'abc':d}",
    lambda: f"{3.5:d}",
    lambda: f"{42:s}",
    lambda: f"{'x':,}",
    lambda: f"{1:.2d}",
    lambda: f"{'s':=5}",
]
for t in tests:
    try:
        t()
    except ValueError as e:
        print("ValueError:", e)
