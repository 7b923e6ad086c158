# The c presentation type and d for ints.
print(f"{65:c}{97:c}{233:c}")
print(f"{42:d} {True:d}")
print(f"{10:n}")
