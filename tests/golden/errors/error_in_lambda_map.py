# An error inside a lambda called lazily by map() while list() consumes it.
prices = ["1.50", "2.25", "free", "3"]
to_cents = map(lambda p: int(float(p) * 100), prices)
print("mapping created")
print(list(to_cents))
