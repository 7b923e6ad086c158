# Nested replacement fields: width and precision taken from variables.
value = 3.14159265
width = 12
precision = 3
print(f"[{value:{width}.{precision}f}]")
print(f"[{value:>{width}}]")
print(f"[{'text':{'^'}{width}}]")
for p in range(1, 4):
    print(f"{value:.{p}f}")
